// SPDX-License-Identifier: GPL-3.0-or-later
#include "actualimportrunner.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace greenprint {

actuals::ImportResult ActualImportRunner::run(actuals::SourceKind kind, const QString &path,
                                              QWidget *parent)
{
    // Shared with the worker thread.
    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
        QMutex mutex;
        actuals::ImportResult result;
    };
    auto shared = std::make_shared<Shared>();
    QThread *worker = QThread::create([shared, kind, path] {
        actuals::ImportResult result =
            actuals::importFile(kind, path, [shared](qint64 done, qint64 total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancel.load();
            });
        const QMutexLocker lock(&shared->mutex);
        shared->result = std::move(result);
    });

    constexpr int kSteps = 1000;
    QProgressDialog progress(tr("Importing “%1”…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             kSteps, parent);
    progress.setWindowTitle(tr("Importing Actual Usage"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&progress, shared] {
        const qint64 total = shared->total.load();
        if (total > 0)
            progress.setValue(int(qMin<qint64>(kSteps, shared->done.load() * kSteps / total)));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [shared] { shared->cancel = true; });

    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    delete worker;

    const QMutexLocker lock(&shared->mutex);
    actuals::ImportResult result = std::move(shared->result);
    if (shared->cancel && !result.data)
        result.cancelled = true;
    return result;
}

} // namespace greenprint
