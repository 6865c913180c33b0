// SPDX-License-Identifier: GPL-3.0-or-later
// What every command of the command line shares (defined in commandline.cpp).
#pragma once

#include "commandline.h"
#include "domain/estimate.h"
#include "domain/issue.h"
#include "domain/project.h"
#include "domain/referencedata.h"
#include "io/referenceformats.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace greenprint::cli {

/** The command line's messages, translated in the context "greenprint::cli". */
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

QTextStream &out();
QTextStream &err();

/** Reference data merged with the user's own catalog, with load problems reported. */
ReferenceData loadReferenceData();
/** Prints issues as "error: file: path: message" on stderr. */
void printIssues(const Issues &issues, const QString &file);

struct LoadedProject
{
    std::optional<Project> project;
    Estimate estimate;
    bool ok = false;
};

/** Reads and estimates a project; prints every problem; ok is false on any error. */
LoadedProject loadAndEstimate(const QString &path, const ReferenceData &reference);
std::optional<ListingFormat> parseFormat(const QString &text);
/** Prints the message and a hint on stderr; returns the usage-error exit code. */
int usageError(const QString &message);
/** Parses a subcommand's own arguments; false (with a usage message printed) on error. */
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &rest,
                  int positionalCount, int &exitCode, bool orMore = false);
/**
 * True (after a usage error is printed) when an output of `command` would
 * replace one of its inputs or another output (the same file, links included):
 * the file would be lost.
 */
bool refusesOverwrite(const QString &command, const QStringList &inputs, const QStringList &outputs,
                      int &exitCode);
/** --format table|json|csv. */
QCommandLineOption formatOption();
/**
 * Adds --format table|json (default table) to `parser`; after parsing,
 * tableOrJson() gives the choice, or prints a usage error and returns nullopt.
 */
void addTableOrJsonOption(QCommandLineParser &parser);
std::optional<QString> tableOrJson(const QCommandLineParser &parser, int &exitCode);

/** `greenprint actual` (cli/actualcommand.cpp). */
int runActual(const QStringList &rest);
/** `greenprint athena-sql` (cli/actualcommand.cpp). */
int runAthenaSql(const QStringList &rest);
/** `greenprint pareto` (cli/paretocommand.cpp). */
int runPareto(const QStringList &rest);

} // namespace greenprint::cli
