// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/io: RapidJSON's SAX parser driving the project reader's JsonDomBuilder.
#pragma once

#include <QByteArray>

namespace greenprint::Internal {

class JsonDomBuilder;

/** How fastSaxParse() ended. */
enum class FastParseResult {
    Parsed, ///< the whole text was parsed; the builder accepted every event
    Stopped, ///< the builder refused an event (depth, limits, cancel); its issues say why
    /**
     * The text has a problem whose message nlohmann's parser words (a syntax error,
     * a number out of range, an escaped lone surrogate): the caller parses it again
     * with a new builder and `OrderedJson::sax_parse`, which reports it.
     */
    Retry,
};

/**
 * Parses the UTF-8 JSON `text` with RapidJSON's SAX reader (about four times as
 * fast as nlohmann's lexer) and hands `builder` the events nlohmann's
 * `sax_parse` would have, in the same order and with the same values: integers
 * and floats are told apart and converted exactly as nlohmann does (an integer
 * that does not fit 64 bits is a float; floats are correctly rounded). Any text
 * nlohmann would reject makes it return Retry, never accept: the reader's error
 * messages stay nlohmann's, with their line and column.
 *
 * `text` must already be valid UTF-8 without NUL bytes (ProjectReader checks).
 */
FastParseResult fastSaxParse(const QByteArray &text, JsonDomBuilder &builder);

} // namespace greenprint::Internal
