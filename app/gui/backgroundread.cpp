// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundread.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace greenprint {

std::optional<ProjectDocument::ReadResult> BackgroundRead::read(const QString &path,
                                                                QWidget *parent)
{
    if (QFileInfo(path).size() <= BackgroundReadThresholdBytes)
        return ProjectDocument::readFile(path);

    // Shared with the worker, which may outlive this call when the user cancels.
    struct Shared
    {
        QMutex mutex;
        std::optional<ProjectDocument::ReadResult> result;
        std::atomic_bool cancel{false};
    };
    auto shared = std::make_shared<Shared>();
    QThread *worker = QThread::create([shared, path] {
        ProjectDocument::ReadResult result = ProjectDocument::readFile(path, &shared->cancel);
        const QMutexLocker lock(&shared->mutex);
        shared->result = std::move(result);
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);

    QProgressDialog progress(parent);
    auto *label = new QLabel(&progress);
    label->setTextFormat(Qt::PlainText); // a file name is never HTML
    progress.setLabel(label);
    progress.setLabelText(tr("Reading “%1” (%2 MiB)…")
                              .arg(QFileInfo(path).fileName())
                              .arg(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 0, 'f', 1));
    progress.setCancelButtonText(tr("Cancel"));
    progress.setRange(0, 0);
    progress.setWindowTitle(tr("Opening Project"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(250);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();

    const QMutexLocker lock(&shared->mutex);
    if (!shared->result) {
        // Cancelled: the worker stops at its next JSON value and drops its result.
        shared->cancel = true;
        return std::nullopt;
    }
    return std::move(shared->result);
}

} // namespace greenprint
