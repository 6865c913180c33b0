// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "io/projectreader.h"
#include "refdata/referencerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace greenprint::bench {

const ReferenceData &referenceData()
{
    static const ReferenceData data = [] {
        ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
        if (!loaded.ok || loaded.data.instances.empty() || loaded.data.regions.empty()) {
            std::fprintf(stderr, "cannot load the reference database\n");
            std::exit(1);
        }
        return std::move(loaded.data);
    }();
    return data;
}

QString examplePath(const QString &name)
{
    return QStringLiteral(GREENPRINT_SOURCE_DIR "/data/examples/") + name
        + QStringLiteral(".greenprint");
}

QStringList examplePaths()
{
    const QDir dir(QStringLiteral(GREENPRINT_SOURCE_DIR "/data/examples"));
    QStringList paths;
    for (const QString &file :
         dir.entryList({QStringLiteral("*.greenprint")}, QDir::Files, QDir::Name))
        paths << dir.filePath(file);
    return paths;
}

QString largestExamplePath()
{
    QString best;
    int bestCount = -1;
    qint64 bestSize = -1;
    for (const QString &path : examplePaths()) {
        ProjectReader reader;
        const std::optional<Project> project = reader.readFile(path);
        const int count = project ? project->componentCount() : 0;
        const qint64 size = QFileInfo(path).size();
        if (count > bestCount || (count == bestCount && size > bestSize)) {
            best = path;
            bestCount = count;
            bestSize = size;
        }
    }
    return best;
}

double procStatusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QByteArray kb = line.mid(prefix.size()).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1.0;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace greenprint::bench
