// SPDX-License-Identifier: GPL-3.0-or-later
// Identity and limits of the project file format (*.greenprint).
#pragma once

#include <QtGlobal>

namespace greenprint {

/** The value of the top-level `format` key of every project file. */
inline constexpr char16_t kProjectFormatId[] = u"greenprint-project";

/** The newest project file format this version reads and the one it writes. */
inline constexpr int kProjectFormatVersion = 2;

/** Files larger than this many bytes are refused unread (64 MiB). */
inline constexpr qint64 kProjectMaxFileSize = qint64(64) * 1024 * 1024;

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
