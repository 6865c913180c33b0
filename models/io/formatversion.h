// SPDX-License-Identifier: GPL-3.0-or-later
// Identity and limits of the project file format (*.greenprint).
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace greenprint {

/** The value of the top-level `format` key of every project file. */
inline constexpr char16_t kProjectFormatId[] = u"greenprint-project";

/** The newest project file format this version reads and the one it writes. */
inline constexpr int kProjectFormatVersion = 2;

/*
 * Limits of reading, against files made to exhaust memory. Components are converted as
 * they are parsed (io/jsondombuilder.h), so a plan takes the memory of its Project and
 * Estimate, about 1 KB a component (1,000,000 generated components, 137 MB: 0.96 GB peak
 * for `validate`), not that of a JSON tree ten times the file. What is still held as JSON
 * (settings, catalog, scenarios, extras, the component being read) is bounded by a count
 * of values, whatever the file's size.
 */

/**
 * Files larger than this many bytes are refused unread (256 MiB): a million components
 * as a generating script writes them (137 MB) or with longer names fit.
 */
inline constexpr qint64 kProjectMaxFileSize = qint64(256) * 1024 * 1024;

/** More components than this are refused (about 2 GB to read and estimate). */
inline constexpr std::size_t kProjectMaxComponents = 2000000;

/**
 * JSON values held at once outside the converted components (a value of an empty
 * array takes about 50 bytes: 4,000,000 about 200 MB). A plan's settings, catalog and
 * scenarios take far fewer; 256 MiB of `[]` without it took over 5 GB.
 */
inline constexpr std::size_t kProjectMaxHeldValues = 4000000;

/**
 * Projects whose indented text would be larger than this (16 MiB, about 250,000
 * components) are written compact, without indentation: indenting doubles the
 * size, and the file must stay well inside kProjectMaxFileSize to be read again.
 */
inline constexpr qint64 kProjectCompactAboveBytes = qint64(16) * 1024 * 1024;

/** Arrays and objects nested deeper than this are refused (the top-level object is 1). */
inline constexpr int kProjectMaxNesting = 64;

/** The Greenprint version stamped into written files as `appVersion`. */
#ifdef GREENPRINT_VERSION
inline constexpr char kGreenprintVersion[] = GREENPRINT_VERSION;
#else
inline constexpr char kGreenprintVersion[] = "0.0.0";
#endif

} // namespace greenprint
