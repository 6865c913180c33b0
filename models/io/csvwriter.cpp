// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QLocale>

namespace greenprint {

QString CsvWriter::escapeText(const QString &text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r') {
            field.prepend(u'\'');
        }
    }
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r');
    if (needsQuotes) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

void CsvWriter::addComment(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    m_text += QStringLiteral("# ") + line + QStringLiteral("\r\n");
}

void CsvWriter::appendRaw(const QString &field)
{
    if (m_recordStarted)
        m_text += u',';
    m_text += field;
    m_recordStarted = true;
}

void CsvWriter::addTextField(const QString &text)
{
    appendRaw(escapeText(text));
}

void CsvWriter::addNumber(double value, int decimals)
{
    appendRaw(QLocale::c().toString(value, 'f', decimals));
}

void CsvWriter::addInteger(long long value)
{
    appendRaw(QString::number(value));
}

void CsvWriter::endRecord()
{
    m_text += QStringLiteral("\r\n");
    m_recordStarted = false;
}

void CsvWriter::addRecord(const QStringList &textFields)
{
    for (const QString &f : textFields)
        addTextField(f);
    endRecord();
}

} // namespace greenprint
