// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectwriter.h"

#include "formatversion.h"
#include "projectjson.h"

#include <QSaveFile>

namespace greenprint {

QByteArray ProjectWriter::toJson(const Project &project)
{
    m_error.clear();
    QString error;
    const std::optional<Internal::OrderedJson> json =
        Internal::projectToJson(project, QString::fromUtf8(kGreenprintVersion), &error);
    if (!json) {
        m_error = tr("cannot save the project: %1").arg(error);
        return {};
    }
    std::string text = json->dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

bool ProjectWriter::writeFile(const Project &project, const QString &path)
{
    const QByteArray data = toJson(project);
    if (data.isEmpty())
        return false;

    QSaveFile file(path);
    // Unbuffered, so that a short write (disk full, file size limit) shows up here:
    // a buffered QFileDevice can lose it while flushing in commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 written = file.write(data);
    if (written != data.size() || file.error() != QFileDevice::NoError) {
        m_error = file.error() != QFileDevice::NoError || written < 0
            ? tr("cannot write %1: %2").arg(path, file.errorString())
            : tr("cannot write %1: only %2 of %3 bytes were written (is the disk full?)")
                  .arg(path)
                  .arg(written)
                  .arg(data.size());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace greenprint
