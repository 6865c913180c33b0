// SPDX-License-Identifier: GPL-3.0-or-later
// Writes JSON as it is produced, in the layout of nlohmann's dump(2), without building a document.
#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace greenprint {

/**
 * A JSON writer that streams: values go to a QIODevice in 64 KiB blocks as they
 * are written, so memory does not grow with the output (a 100,000-component
 * estimate is tens of MB of JSON). The text is byte for byte what nlohmann's
 * `dump(2)` writes for the same document: two-space indentation, `"key": value`,
 * `{}` and `[]` for empty containers, numbers in nlohmann's shortest round-trip
 * form (`1.0`, `0.25`, `1e+20`), non-finite numbers as `null`, strings as UTF-8
 * with only `"`, `\` and control characters escaped.
 *
 * Calls must form one JSON value: key() before every member of an object,
 * beginX()/endX() balanced. Write errors are remembered (ok()), not thrown.
 */
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(QIODevice *device);
    /**
     * A writer to `device` whose text continues that of `continued` after one more element
     * of the array open there: its values are written as the next elements would be, at the
     * same depth. Another thread can then write them while `continued` writes the ones
     * before; appendElements() puts the text in place.
     */
    JsonStreamWriter(QIODevice *device, const JsonStreamWriter &continued);
    ~JsonStreamWriter();
    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** The name of the next member of the open object. */
    void key(std::string_view name);

    void value(double number);
    void value(int number);
    void value(long long number);
    void value(bool flag);
    void value(const QString &text);
    void value(std::string_view text);
    /** Text, not a bool (a pointer would otherwise convert to one). */
    void value(const char *text) { value(std::string_view(text)); }
    void null();
    /** Shorthand for key(name) then value(v). */
    template<typename T>
    void member(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }

    /** Text written as is, outside any container (a separator between documents). */
    void raw(std::string_view text);
    /**
     * The text of a writer that continued this one (see the constructor), put as the next
     * elements of the open array, which has at least one already.
     */
    void appendElements(std::string_view text);
    /** Sends what is buffered to the device; false when the device refused some of it. */
    bool flush();
    bool ok() const { return m_ok; }

private:
    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    void beforeValue();
    void open(char bracket, bool array);
    void close(char bracket);
    void newline(std::size_t depth);
    void escaped(std::string_view text);
    /**
     * Copies the units of [at, end) that need no escape (UTF-8 bytes; UTF-16 units in ASCII,
     * narrowed) into the block, flushing it as it fills; returns the first other, or `end`.
     */
    template<typename Unit>
    const Unit *putPlain(const Unit *at, const Unit *end);
    /** Room for `bytes` (at most kReserveMax) at m_put, the block flushed first if need be. */
    char *room(std::size_t bytes)
    {
        if (std::size_t(m_end - m_put) < bytes)
            flush();
        return m_put;
    }
    void put(char c)
    {
        room(1);
        *m_put++ = c;
    }
    /** Any length: long text goes out in pieces. */
    void put(std::string_view text);

    QIODevice *m_device;
    /**
     * The block being filled: written into directly (numbers formatted in place), sent
     * to the device when full. A std::string appended to cost a call and a copy per piece.
     */
    std::unique_ptr<char[]> m_block;
    char *m_put = nullptr; ///< the next byte to fill
    char *m_end = nullptr; ///< the end of m_block
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace greenprint
