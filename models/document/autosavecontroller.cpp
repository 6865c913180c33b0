// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosavecontroller.h"

#include "latestjob.h"
#include "projectdocument.h"
#include "recoverystore.h"

#include "io/atomicfile.h"
#include "io/projectwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace greenprint {
namespace {

constexpr int kDefaultIntervalMs = 60 * 1000;

} // namespace

/** What one autosave writes, copied on the GUI thread; read-only afterwards. */
struct AutosaveController::Snapshot
{
    Project project;
    QByteArray meta;
    QString projectPath;
    QString metaPath;

    /** Serialises and writes the snapshot; any thread. */
    Written write() const;
};

struct AutosaveController::Written
{
    QString path; ///< the recovery file written, empty on failure
    QString error;
};

struct AutosaveController::Job
{
    explicit Job(AutosaveController *owner)
        : job(owner, [owner](Written &&w, quint64) { owner->delivered(w); })
    { }
    LatestJob<Written> job;
};

AutosaveController::Written AutosaveController::Snapshot::write() const
{
    ProjectWriter writer;
    const QByteArray bytes = writer.toJson(project);
    if (bytes.isEmpty())
        return {QString(), writer.errorString()};
    QString error;
    if (!AtomicFile::write(projectPath, bytes, &error)
        || !AtomicFile::write(metaPath, meta, &error))
        return {QString(), tr("cannot write the recovery file: %1").arg(error)};
    return {projectPath, QString()};
}

AutosaveController::AutosaveController(ProjectDocument *document, const QString &directory,
                                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this))
    , m_job(std::make_unique<Job>(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AutosaveController::saveInBackground);
    connect(document, &ProjectDocument::changed, this, &AutosaveController::documentChanged);
    connect(document, &ProjectDocument::modifiedChanged, this,
            &AutosaveController::modifiedChanged);
}

AutosaveController::~AutosaveController()
{
    m_job->job.shutDown(); // a write under way ends before its files are removed
    discard();
    if (m_lock)
        m_lock->unlock();
}

QString AutosaveController::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

void AutosaveController::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int AutosaveController::interval() const
{
    return m_timer->interval();
}

bool AutosaveController::isPending() const
{
    return m_timer->isActive() || isWriting();
}

bool AutosaveController::isWriting() const
{
    return m_job->job.busy();
}

QString AutosaveController::recoveryFilePath() const
{
    return m_directory + u'/' + m_id + RecoveryStore::projectSuffix();
}

QString AutosaveController::metaFilePath() const
{
    return m_directory + u'/' + m_id + RecoveryStore::metaSuffix();
}

void AutosaveController::documentChanged()
{
    // At most one write per interval: a running timer is not restarted by more edits.
    if (m_document->isModified() && !m_timer->isActive())
        m_timer->start();
}

void AutosaveController::modifiedChanged(bool modified)
{
    if (!modified) {
        m_timer->stop();
        discard(); // saved, or undone back to the saved state: the file on disk is current
    } else if (!m_timer->isActive()) {
        m_timer->start();
    }
}

std::optional<AutosaveController::Snapshot> AutosaveController::snapshot()
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("cannot create the recovery folder %1").arg(m_directory);
        return std::nullopt;
    }
    if (!m_lock) {
        m_lock =
            std::make_unique<QLockFile>(m_directory + u'/' + m_id + RecoveryStore::lockSuffix());
        m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
        if (!m_lock->tryLock(0)) {
            m_error = tr("cannot lock the recovery file in %1").arg(m_directory);
            m_lock.reset();
            return std::nullopt;
        }
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("originalPath"), m_document->filePath());
    meta.insert(QStringLiteral("projectName"), m_document->project().name);
    meta.insert(QStringLiteral("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return Snapshot{m_document->project(), QJsonDocument(meta).toJson(), recoveryFilePath(),
                    metaFilePath()};
}

bool AutosaveController::saveNow()
{
    m_timer->stop();
    m_job->job.finish(); // an older snapshot never lands after this one
    if (!m_document->isModified())
        return true;
    const std::optional<Snapshot> now = snapshot();
    if (!now)
        return false;
    return took(now->write());
}

void AutosaveController::saveInBackground()
{
    if (!m_document->isModified())
        return;
    std::optional<Snapshot> now = snapshot();
    if (!now) {
        emit failed(m_error);
        return;
    }
    auto shared = std::make_shared<const Snapshot>(std::move(*now));
    m_job->job.request([shared] { return [shared] { return shared->write(); }; });
}

bool AutosaveController::took(const Written &written)
{
    m_error = written.error;
    if (!m_error.isEmpty())
        return false;
    emit autosaved(written.path);
    return true;
}

void AutosaveController::delivered(const Written &written)
{
    if (!took(written))
        emit failed(m_error);
}

void AutosaveController::discard()
{
    m_job->job.finish(); // a write under way would bring the files back
    QFile::remove(recoveryFilePath());
    QFile::remove(metaFilePath());
}

} // namespace greenprint
