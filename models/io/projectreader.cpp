// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectreader.h"

#include "projectmigrations.h"

#include "concurrentcomponentsink.h"
#include "fastjsonparse.h"
#include "formatversion.h"
#include "jsondombuilder.h"
#include "projectjson.h"
#include "regularfile.h"

#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>

namespace greenprint {
namespace {

/**
 * Files from this size (about 7,000 components) convert their components on a second thread
 * (Internal::ConcurrentComponentSink); below it, starting the thread costs more than it saves.
 */
constexpr qsizetype kConcurrentConversionMinBytes = 1024 * 1024;

/** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
qsizetype invalidUtf8Offset(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            // Runs of ASCII (most of a project file) eight bytes at a time: byte by byte
            // took a twentieth of reading a large plan.
            ++i;
            std::uint64_t word = 0;
            while (i + qsizetype(sizeof word) <= size) {
                std::memcpy(&word, bytes + i, sizeof word);
                if (word & 0x8080808080808080ULL)
                    break;
                i += qsizetype(sizeof word);
            }
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = c == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

/**
 * "UTF-16" or "UTF-32" when `text` starts with that encoding's byte order mark
 * or, without one, with the NUL bytes its first ASCII character would have;
 * empty otherwise. UTF-32 is tested first: its little-endian mark begins with
 * UTF-16's.
 */
QString unicodeEncodingOtherThanUtf8(const QByteArray &text)
{
    const auto starts = [&text](std::initializer_list<char> bytes) {
        return text.startsWith(QByteArray(bytes.begin(), qsizetype(bytes.size())));
    };
    if (starts({'\xFF', '\xFE', '\0', '\0'}) || starts({'\0', '\0', '\xFE', '\xFF'}))
        return QStringLiteral("UTF-32");
    if (text.size() >= 4 && (text[0] == 0) == (text[3] != 0) && text[1] == 0 && text[2] == 0)
        return QStringLiteral("UTF-32"); // "{\0\0\0" or "\0\0\0{"
    if (starts({'\xFF', '\xFE'}) || starts({'\xFE', '\xFF'}))
        return QStringLiteral("UTF-16");
    if (text.size() >= 2 && ((text[0] == 0) != (text[1] == 0)))
        return QStringLiteral("UTF-16");
    return {};
}

/**
 * Parses `text` into `document`, its components into `components`, and appends the
 * parser's problems to `issues`. Returns true when the whole text was parsed.
 * RapidJSON parses first (io/fastjsonparse.h); text it cannot take as nlohmann would
 * is parsed again by nlohmann, whose messages the reader reports.
 */
bool parseDocument(const QByteArray &text, Internal::OrderedJson &document,
                   Internal::ComponentCollector &components, Issues &issues,
                   const std::atomic_bool *cancel)
{
    const auto configure = [](Internal::JsonDomBuilder &builder, Internal::ComponentSink &sink) {
        builder.setComponentSink(&sink);
        builder.setLimits(kProjectMaxComponents, kProjectMaxHeldValues);
    };
    {
        Internal::JsonDomBuilder builder(document, text, kProjectMaxNesting, cancel);
        // A large plan's components are converted on a second thread as they are parsed.
        std::optional<Internal::ConcurrentComponentSink> concurrent;
        if (text.size() >= kConcurrentConversionMinBytes)
            concurrent.emplace(components);
        configure(builder,
                  concurrent ? static_cast<Internal::ComponentSink &>(*concurrent) : components);
        const Internal::FastParseResult result = Internal::fastSaxParse(text, builder);
        if (concurrent)
            concurrent->finish();
        if (result != Internal::FastParseResult::Retry) {
            issues.insert(issues.end(), builder.issues().begin(), builder.issues().end());
            return result == Internal::FastParseResult::Parsed;
        }
    }
    document = Internal::OrderedJson();
    components.discard(0, /*allStages=*/true);
    Internal::JsonDomBuilder builder(document, text, kProjectMaxNesting, cancel);
    configure(builder, components);
    const bool parsed = Internal::OrderedJson::sax_parse(text.cbegin(), text.cend(), &builder);
    issues.insert(issues.end(), builder.issues().begin(), builder.issues().end());
    return parsed;
}

/**
 * Parses and converts `text`. The only place in Greenprint that catches
 * nlohmann exceptions: the SAX parser reports problems through the builder,
 * so this is a last line of defence that turns anything unexpected into an
 * issue instead of letting it cross the API.
 */
std::optional<Project> parseProject(const QByteArray &text, Issues &issues, int *formatVersion,
                                    const std::atomic_bool *cancel)
{
    try {
        Internal::OrderedJson document;
        // Components are converted as they are parsed: the document never holds them all.
        Internal::ComponentCollector components;
        const bool parsed = parseDocument(text, document, components, issues, cancel);
        if (cancel && cancel->load()) {
            issues.push_back(
                {Issue::Severity::Error,
                 {},
                 QCoreApplication::translate("greenprint::ProjectReader", "reading was cancelled"),
                 {}});
            return std::nullopt;
        }
        // A complete document is upgraded even when it had duplicate keys, so that the
        // rest of it is checked as the current format (a format 1 file has no provenance
        // to miss).
        if (parsed)
            *formatVersion = Internal::upgradeProjectDocument(document);
        if (!parsed || hasErrors(issues)) {
            // A document with duplicate keys is complete; check the rest of it too.
            if (parsed)
                Internal::projectFromJson(document, issues, &components);
            return std::nullopt;
        }
        return Internal::projectFromJson(document, issues, &components);
    } catch (const nlohmann::json::exception &e) {
        issues.push_back(
            {Issue::Severity::Error,
             {},
             QCoreApplication::translate("greenprint::ProjectReader", "unexpected JSON error: %1")
                 .arg(QString::fromUtf8(e.what())),
             {}});
        return std::nullopt;
    }
}

} // namespace

std::optional<Project> ProjectReader::readFile(const QString &path)
{
    m_issues.clear();
    const RegularFile::Result file = RegularFile::read(path, kProjectMaxFileSize);
    if (file.tooLarge) {
        addError(path,
                 tr("the file is larger than %1 MiB (%2 bytes); it is not read")
                     .arg(kProjectMaxFileSize / (1024 * 1024))
                     .arg(file.sizeBytes));
        return std::nullopt;
    }
    if (!file.ok) {
        addError(path.isEmpty() ? tr("(no file name)") : path, file.error);
        return std::nullopt;
    }
    return read(file.bytes, path);
}

std::optional<Project> ProjectReader::read(const QByteArray &json, const QString &fileName)
{
    m_issues.clear();
    if (json.size() > kProjectMaxFileSize) {
        addError(fileName,
                 tr("the file is larger than %1 MiB (%2 bytes); it is not read")
                     .arg(kProjectMaxFileSize / (1024 * 1024))
                     .arg(json.size()));
        return std::nullopt;
    }
    // The white space of QByteArray::trimmed(), which copied the whole file when it
    // ended with a newline; this stops at the first other byte.
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    if (std::all_of(json.cbegin(), json.cend(), isSpace)) {
        addError(fileName, tr("the file is empty"));
        return std::nullopt;
    }
    if (const QString encoding = unicodeEncodingOtherThanUtf8(json); !encoding.isEmpty()) {
        addError(fileName,
                 tr("the file is %1 text; Greenprint reads UTF-8 only: save it as UTF-8 "
                    "(without byte order mark) and open it again")
                     .arg(encoding));
        return std::nullopt;
    }
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        addError(fileName,
                 tr("the file contains a NUL byte at %1 (byte offset %2): it is not a text "
                    "file, or it is damaged")
                     .arg(Internal::lineColumn(json, nul))
                     .arg(nul));
        return std::nullopt;
    }
    if (const qsizetype bad = invalidUtf8Offset(json); bad >= 0) {
        addError(fileName,
                 tr("the file is not valid UTF-8 text (at %1, byte offset %2)")
                     .arg(Internal::lineColumn(json, bad))
                     .arg(bad));
        return std::nullopt;
    }
    m_fileFormatVersion = 0;
    std::optional<Project> project = parseProject(json, m_issues, &m_fileFormatVersion, m_cancel);
    for (Issue &issue : m_issues)
        issue.file = fileName;
    if (hasErrors(m_issues))
        return std::nullopt;
    return project;
}

QString ProjectReader::errorString() const
{
    QStringList lines;
    for (const Issue &issue : m_issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

void ProjectReader::addError(const QString &fileName, const QString &message)
{
    m_issues.push_back({Issue::Severity::Error, {}, message, fileName});
}

} // namespace greenprint
