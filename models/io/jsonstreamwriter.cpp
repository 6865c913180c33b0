// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamwriter.h"

#include <QIODevice>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace greenprint {
namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;
/** The most any one room() asks for: a number or a few punctuation bytes. */
constexpr std::size_t kReserveMax = 64;

/** The bytes a JSON string cannot hold as they are: control characters, '"' and '\\'. */
constexpr std::array<bool, 256> kNeedsEscape = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0; c < 0x20; ++c)
        table[c] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

/** A newline and the indentation of up to kIndentedLevels levels, put in one copy. */
constexpr std::size_t kIndentedLevels = 32;
constexpr std::array<char, 1 + 2 *kIndentedLevels> kNewlineIndent = [] {
    std::array<char, 1 + 2 * kIndentedLevels> text{};
    text.fill(' ');
    text[0] = '\n';
    return text;
}();

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device)
    : m_device(device)
    , m_block(std::make_unique<char[]>(kBlockBytes))
    , m_put(m_block.get())
    , m_end(m_block.get() + kBlockBytes)
{ }

JsonStreamWriter::JsonStreamWriter(QIODevice *device, const JsonStreamWriter &continued)
    : JsonStreamWriter(device)
{
    m_levels = continued.m_levels;
    if (!m_levels.empty())
        m_levels.back().empty = false;
}

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
    if (depth <= kIndentedLevels) {
        put(std::string_view(kNewlineIndent.data(), 1 + 2 * depth));
        return;
    }
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
    // Most keys are short names that need no escape, in an object indented less than
    // kIndentedLevels: separator, indentation, quoted name and colon are then written in
    // one reservation. (Each through put() had cost a fifth of writing an estimate.)
    const std::size_t depth = m_levels.size();
    const std::size_t bytes = 2 + 2 * depth + name.size() + 4;
    if (!m_afterKey && depth > 0 && depth <= kIndentedLevels && bytes <= kReserveMax
        && std::none_of(name.begin(), name.end(),
                        [](char c) { return kNeedsEscape[static_cast<unsigned char>(c)]; })) {
        char *out = room(bytes);
        Level &level = m_levels.back();
        if (!level.empty)
            *out++ = ',';
        level.empty = false;
        out = std::copy_n(kNewlineIndent.data(), 1 + 2 * depth, out);
        *out++ = '"';
        out = std::copy(name.begin(), name.end(), out);
        out = std::copy_n("\": ", 3, out);
        m_put = out;
        m_afterKey = true;
        return;
    }
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

template<typename Unit>
const Unit *JsonStreamWriter::putPlain(const Unit *at, const Unit *end)
{
    // A span at a time, as much as the block holds, without a check per byte for room.
    while (at != end) {
        if (m_put == m_end)
            flush();
        const Unit *spanEnd = at + std::min(std::size_t(end - at), std::size_t(m_end - m_put));
        char *out = m_put;
        if constexpr (sizeof(Unit) == 1) { // UTF-8: every byte but the escaped ones
            while (at != spanEnd && !kNeedsEscape[static_cast<unsigned char>(*at)])
                *out++ = *at++;
        } else { // UTF-16: ASCII only, narrowed
            while (at != spanEnd && *at < 0x80 && !kNeedsEscape[*at])
                *out++ = char(*at++);
        }
        m_put = out;
        if (at != spanEnd)
            break;
    }
    return at;
}

void JsonStreamWriter::value(const QString &text)
{
    beforeValue();
    put('"');
    // ASCII that needs no escape (ids, keywords, most names) is narrowed straight into the
    // block; from the first other character on, the rest goes through UTF-8. The split is
    // never inside a surrogate pair: everything before it is ASCII.
    const auto *begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = begin + text.size();
    if (const char16_t *rest = putPlain(begin, end); rest != end)
        escaped(std::string_view(QStringView(rest, end).toUtf8()));
    put('"');
}

void JsonStreamWriter::raw(std::string_view text)
{
    put(text);
}

void JsonStreamWriter::appendElements(std::string_view text)
{
    put(text);
    if (!m_levels.empty())
        m_levels.back().empty = false;
}

void JsonStreamWriter::escaped(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const char *at = text.data();
    const char *end = at + text.size();
    while ((at = putPlain(at, end)) != end) {
        const char c = *at++;
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
        default: { // another control character
            const auto byte = static_cast<unsigned char>(c);
            put(std::string_view("\\u00"));
            put(kHex[byte >> 4]);
            put(kHex[byte & 0xF]);
        }
        }
    }
}

} // namespace greenprint
