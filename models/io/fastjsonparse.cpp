// SPDX-License-Identifier: GPL-3.0-or-later
#include "fastjsonparse.h"

#include "jsondombuilder.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace greenprint::Internal {
namespace {

/**
 * True when decoded UTF-8 `text` holds a UTF-16 surrogate (U+D800..U+DFFF, bytes
 * ED A0..BF). The file itself has none (checked before parsing), so one here came
 * from an escape: RapidJSON encodes a lone `\udc00`, nlohmann rejects it.
 */
bool hasSurrogate(std::string_view text)
{
    const char *at = text.data();
    const char *end = at + text.size();
    while ((at = static_cast<const char *>(std::memchr(at, '\xED', std::size_t(end - at))))) {
        if (at + 1 < end && static_cast<unsigned char>(at[1]) >= 0xA0)
            return true;
        ++at;
    }
    return false;
}

/**
 * True when `text` has a backslash followed by `u` (a backslash-u escape, or an escaped
 * backslash before a `u`: a false alarm costs a check per string, never a wrong result).
 * memchr: QByteArray::contains() searched the 13 MB of a large plan at a tenth of reading.
 */
bool hasUnicodeEscape(const QByteArray &text)
{
    const char *at = text.constData();
    const char *end = at + text.size();
    while ((at = static_cast<const char *>(std::memchr(at, '\\', std::size_t(end - at))))) {
        if (++at < end && *at == 'u')
            return true;
    }
    return false;
}

/** Forwards RapidJSON's events to the builder as nlohmann's parser would send them. */
class Forwarder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Forwarder>
{
public:
    /** `escapes`: the text has a backslash-u escape, the only way a string can hold a surrogate. */
    Forwarder(JsonDomBuilder &builder, bool escapes)
        : m_builder(builder)
        , m_escapes(escapes)
    { }

    /** The text needs nlohmann's own parse (its message for a problem found here). */
    bool retry = false;

    bool Null() { return m_builder.null(); }
    bool Bool(bool value) { return m_builder.boolean(value); }
    bool StartObject() { return m_builder.start_object(std::size_t(-1)); }
    bool EndObject(rapidjson::SizeType) { return m_builder.end_object(); }
    bool StartArray() { return m_builder.start_array(std::size_t(-1)); }
    bool EndArray(rapidjson::SizeType) { return m_builder.end_array(); }

    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        std::string value(text, length);
        if (m_escapes && hasSurrogate(value))
            return giveUp();
        return m_builder.string(value);
    }

    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        std::string value(text, length);
        if (m_escapes && hasSurrogate(value))
            return giveUp();
        return m_builder.key(value);
    }

    /**
     * nlohmann's rules: without fraction or exponent, a number is an unsigned (or,
     * with a minus, a signed) 64-bit integer when it fits, else a float; a float
     * that is not finite is an error (406). from_chars rounds correctly, as strtod.
     */
    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        const char *end = text + length;
        const bool integral =
            std::string_view(text, length).find_first_of(".eE") == std::string_view::npos;
        if (integral && text[0] == '-') {
            JsonDomBuilder::number_integer_t value = 0;
            const auto [ptr, error] = std::from_chars(text, end, value);
            if (error == std::errc() && ptr == end)
                return m_builder.number_integer(value);
        } else if (integral) {
            JsonDomBuilder::number_unsigned_t value = 0;
            const auto [ptr, error] = std::from_chars(text, end, value);
            if (error == std::errc() && ptr == end)
                return m_builder.number_unsigned(value);
        }
        double value = 0.0;
        const auto [ptr, error] = std::from_chars(text, end, value);
        if (error != std::errc() || ptr != end || !std::isfinite(value))
            return giveUp(); // out of range: nlohmann's message, or its own reading
        return m_builder.number_float(value, m_noText);
    }

    // Not called with kParseNumbersAsStringsFlag; a number never arrives another way.
    bool Default() { return giveUp(); }

private:
    bool giveUp()
    {
        retry = true;
        return false;
    }

    JsonDomBuilder &m_builder;
    const bool m_escapes;
    const std::string m_noText; ///< number_float's text: the builder does not read it
};

} // namespace

FastParseResult fastSaxParse(const QByteArray &text, JsonDomBuilder &builder)
{
    // The file has no surrogate of its own (checked before parsing): without a backslash-u
    // escape no string can hold one, and none is searched for.
    Forwarder forwarder(builder, hasUnicodeEscape(text));
    rapidjson::MemoryStream stream(text.constData(), std::size_t(text.size()));
    rapidjson::Reader reader;
    const rapidjson::ParseResult result =
        reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, forwarder);
    if (!result.IsError())
        return FastParseResult::Parsed;
    if (result.Code() == rapidjson::kParseErrorTermination && !forwarder.retry)
        return FastParseResult::Stopped;
    return FastParseResult::Retry;
}

} // namespace greenprint::Internal
