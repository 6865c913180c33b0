// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectwriter.h"

#include "formatversion.h"
#include "projectjson.h"

#include "atomicfile.h"

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
    constexpr auto replace = nlohmann::ordered_json::error_handler_t::replace;
    std::string text = json->dump(2, ' ', false, replace);
    if (qint64(text.size()) > kProjectCompactAboveBytes)
        text = json->dump(-1, ' ', false, replace);
    text += '\n';
    if (qint64(text.size()) > kProjectMaxFileSize) {
        // Never write what no reader would open again.
        m_error = tr("cannot save the project: it takes %1 MiB, more than the %2 MiB a project "
                     "file may have (split it into several projects)")
                      .arg(double(text.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                      .arg(kProjectMaxFileSize / (1024 * 1024));
        return {};
    }
    return QByteArray::fromStdString(text);
}

bool ProjectWriter::writeFile(const Project &project, const QString &path, QByteArray *written)
{
    const QByteArray data = toJson(project);
    if (data.isEmpty())
        return false;
    QString reason;
    if (!AtomicFile::write(path, data, &reason)) {
        m_error = tr("cannot write %1: %2").arg(path, reason);
        return false;
    }
    if (written)
        *written = data;
    return true;
}

} // namespace greenprint
