// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line: estimate, validate, data, export.
#pragma once

#include <QStringList>

namespace greenprint::cli {

/** Process exit codes of every command. */
enum ExitCode { Success = 0, InvalidInput = 1, UsageError = 2 };

/**
 * True when argv asks for a command-line action (a subcommand, --help or
 * --version) that must run without a display; false when it asks for the GUI
 * (no arguments, or a project file).
 */
bool isCommandLineInvocation(int argc, char **argv);

/**
 * True when the command needs a QGuiApplication (fonts for `export --pdf`);
 * it still needs no display: main() selects the offscreen platform.
 */
bool needsGuiApplication(int argc, char **argv);

/**
 * Runs one command. A QCoreApplication must exist (a QGuiApplication for `export --pdf`). Results
 * go to stdout, problems to stderr as "file: path: message". Returns an ExitCode.
 */
int run(const QStringList &arguments);

} // namespace greenprint::cli
