// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosavecontroller.h"

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

AutosaveController::AutosaveController(ProjectDocument *document, const QString &directory,
                                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!saveNow())
            emit failed(m_error);
    });
    connect(document, &ProjectDocument::changed, this, &AutosaveController::documentChanged);
    connect(document, &ProjectDocument::modifiedChanged, this,
            &AutosaveController::modifiedChanged);
}

AutosaveController::~AutosaveController()
{
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
    return m_timer->isActive();
}

QString AutosaveController::recoveryFilePath() const
{
    return m_directory + u'/' + m_id + RecoveryStore::projectSuffix();
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

bool AutosaveController::saveNow()
{
    m_timer->stop();
    if (!m_document->isModified())
        return true;
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("cannot create the recovery folder %1").arg(m_directory);
        return false;
    }
    if (!m_lock) {
        m_lock =
            std::make_unique<QLockFile>(m_directory + u'/' + m_id + RecoveryStore::lockSuffix());
        m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
        if (!m_lock->tryLock(0)) {
            m_error = tr("cannot lock the recovery file in %1").arg(m_directory);
            m_lock.reset();
            return false;
        }
    }
    ProjectWriter writer;
    const QByteArray project = writer.toJson(m_document->project());
    if (project.isEmpty()) {
        m_error = writer.errorString();
        return false;
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("originalPath"), m_document->filePath());
    meta.insert(QStringLiteral("projectName"), m_document->project().name);
    meta.insert(QStringLiteral("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray metaBytes = QJsonDocument(meta).toJson();
    QString error;
    if (!AtomicFile::write(recoveryFilePath(), project, &error)
        || !AtomicFile::write(m_directory + u'/' + m_id + RecoveryStore::metaSuffix(), metaBytes,
                              &error)) {
        m_error = tr("cannot write the recovery file: %1").arg(error);
        return false;
    }
    m_error.clear();
    emit autosaved(recoveryFilePath());
    return true;
}

void AutosaveController::discard()
{
    QFile::remove(recoveryFilePath());
    QFile::remove(m_directory + u'/' + m_id + RecoveryStore::metaSuffix());
}

} // namespace greenprint
