// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamwriter.h"

#include <QIODevice>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace greenprint {
namespace {

constexpr std::size_t kFlushBytes = 64 * 1024;

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(kFlushBytes + 4096);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

bool JsonStreamWriter::flush()
{
    if (!m_buffer.empty()) {
        const auto size = qint64(m_buffer.size());
        if (!m_device || m_device->write(m_buffer.data(), size) != size)
            m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

void JsonStreamWriter::maybeFlush()
{
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void JsonStreamWriter::newline(std::size_t depth)
{
    m_buffer += '\n';
    m_buffer.append(2 * depth, ' ');
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty)
        m_buffer += ',';
    level.empty = false;
    newline(m_levels.size());
}

void JsonStreamWriter::key(std::string_view name)
{
    beforeValue();
    m_buffer += '"';
    escaped(name);
    m_buffer += "\": ";
    m_afterKey = true;
}

void JsonStreamWriter::open(char bracket, bool array)
{
    beforeValue();
    m_buffer += bracket;
    m_levels.push_back({array, true});
}

void JsonStreamWriter::close(char bracket)
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline(m_levels.size());
    m_buffer += bracket;
    maybeFlush();
}

void JsonStreamWriter::beginObject()
{
    open('{', false);
}

void JsonStreamWriter::endObject()
{
    close('}');
}

void JsonStreamWriter::beginArray()
{
    open('[', true);
}

void JsonStreamWriter::endArray()
{
    close(']');
}

void JsonStreamWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_buffer += "null"; // as nlohmann's dump()
        return;
    }
    char text[64];
    char *end = nlohmann::detail::to_chars(text, text + sizeof text, number);
    m_buffer.append(text, std::size_t(end - text));
}

void JsonStreamWriter::value(long long number)
{
    beforeValue();
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, number);
    m_buffer.append(text, result.ptr);
}

void JsonStreamWriter::value(int number)
{
    value(static_cast<long long>(number));
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    m_buffer += flag ? "true" : "false";
}

void JsonStreamWriter::null()
{
    beforeValue();
    m_buffer += "null";
}

void JsonStreamWriter::value(std::string_view text)
{
    beforeValue();
    m_buffer += '"';
    escaped(text);
    m_buffer += '"';
    maybeFlush();
}

void JsonStreamWriter::value(const QString &text)
{
    // ASCII text (ids, keywords, most names) is narrowed into a reused buffer: the
    // UTF-8 copy cost an allocation per string.
    const auto *units = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = units + text.size();
    if (std::all_of(units, end, [](char16_t unit) { return unit < 0x80; })) {
        m_ascii.resize(std::size_t(text.size()));
        std::transform(units, end, m_ascii.begin(), [](char16_t unit) { return char(unit); });
        value(std::string_view(m_ascii));
        return;
    }
    value(std::string_view(text.toUtf8()));
}

void JsonStreamWriter::raw(std::string_view text)
{
    m_buffer += text;
    maybeFlush();
}

void JsonStreamWriter::escaped(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Runs of characters that need no escape are appended whole.
    const auto needsEscape = [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
    };
    while (!text.empty()) {
        const auto special = std::find_if(text.begin(), text.end(), needsEscape);
        m_buffer.append(text.begin(), special);
        text.remove_prefix(std::size_t(special - text.begin()));
        if (text.empty())
            return;
        const char c = text.front();
        text.remove_prefix(1);
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_buffer += "\\\"";
            break;
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\b':
            m_buffer += "\\b";
            break;
        case '\f':
            m_buffer += "\\f";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        default:
            if (byte < 0x20) {
                m_buffer += "\\u00";
                m_buffer += kHex[byte >> 4];
                m_buffer += kHex[byte & 0xF];
            } else {
                m_buffer += c;
            }
        }
    }
}

} // namespace greenprint
