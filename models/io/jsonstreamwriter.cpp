// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamwriter.h"

#include <QIODevice>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace greenprint {
namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;
/** The most any one room() asks for: a number or a few punctuation bytes. */
constexpr std::size_t kReserveMax = 64;

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device)
    : m_device(device)
    , m_block(std::make_unique<char[]>(kBlockBytes))
    , m_put(m_block.get())
    , m_end(m_block.get() + kBlockBytes)
{ }

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

bool JsonStreamWriter::flush()
{
    const auto size = qint64(m_put - m_block.get());
    if (size > 0) {
        if (!m_device || m_device->write(m_block.get(), size) != size)
            m_ok = false;
        m_put = m_block.get();
    }
    return m_ok;
}

void JsonStreamWriter::put(std::string_view text)
{
    while (!text.empty()) {
        if (m_put == m_end)
            flush();
        const std::size_t piece = std::min(text.size(), std::size_t(m_end - m_put));
        std::memcpy(m_put, text.data(), piece);
        m_put += piece;
        text.remove_prefix(piece);
    }
}

void JsonStreamWriter::newline(std::size_t depth)
{
    put('\n');
    for (std::size_t left = 2 * depth; left > 0;) {
        const std::size_t piece = std::min(left, kReserveMax);
        std::memset(room(piece), ' ', piece);
        m_put += piece;
        left -= piece;
    }
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
        put(',');
    level.empty = false;
    newline(m_levels.size());
}

void JsonStreamWriter::key(std::string_view name)
{
    beforeValue();
    put('"');
    escaped(name);
    put(std::string_view("\": "));
    m_afterKey = true;
}

void JsonStreamWriter::open(char bracket, bool array)
{
    beforeValue();
    put(bracket);
    m_levels.push_back({array, true});
}

void JsonStreamWriter::close(char bracket)
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline(m_levels.size());
    put(bracket);
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
        put(std::string_view("null")); // as nlohmann's dump()
        return;
    }
    // nlohmann's own formatting (grisu2 digits, its exponent rules): the text of dump().
    char *at = room(kReserveMax);
    m_put = nlohmann::detail::to_chars(at, at + kReserveMax, number);
}

void JsonStreamWriter::value(long long number)
{
    beforeValue();
    char *at = room(kReserveMax);
    m_put = std::to_chars(at, at + kReserveMax, number).ptr;
}

void JsonStreamWriter::value(int number)
{
    value(static_cast<long long>(number));
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    put(std::string_view(flag ? "true" : "false"));
}

void JsonStreamWriter::null()
{
    beforeValue();
    put(std::string_view("null"));
}

void JsonStreamWriter::value(std::string_view text)
{
    beforeValue();
    put('"');
    escaped(text);
    put('"');
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
    put(text);
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
        put(std::string_view(text.data(), std::size_t(special - text.begin())));
        text.remove_prefix(std::size_t(special - text.begin()));
        if (text.empty())
            return;
        const char c = text.front();
        text.remove_prefix(1);
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            put(std::string_view("\\\""));
            break;
        case '\\':
            put(std::string_view("\\\\"));
            break;
        case '\b':
            put(std::string_view("\\b"));
            break;
        case '\f':
            put(std::string_view("\\f"));
            break;
        case '\n':
            put(std::string_view("\\n"));
            break;
        case '\r':
            put(std::string_view("\\r"));
            break;
        case '\t':
            put(std::string_view("\\t"));
            break;
        default:
            if (byte < 0x20) {
                put(std::string_view("\\u00"));
                put(kHex[byte >> 4]);
                put(kHex[byte & 0xF]);
            } else {
                put(c);
            }
        }
    }
}

} // namespace greenprint
