// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: greenprint-refdb-build <csv-dir> <schema.sql> <output.sqlite>
// Converts data/reference/*.csv into the reference database; exits non-zero
// (failing the build) with a message naming file, line and column on any problem.

#include "refdata/referencedatabasebuilder.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: greenprint-refdb-build <csv-dir> <schema.sql> <output.sqlite>\n";
        return 2;
    }
    greenprint::ReferenceDatabaseBuilder builder;
    if (!builder.build(args.at(1), args.at(2), args.at(3))) {
        err << "greenprint-refdb-build: error: " << builder.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    const QStringList warnings = builder.warnings();
    for (const QString &warning : warnings)
        out << "greenprint-refdb-build: note: " << warning << '\n';
    out << "greenprint-refdb-build: wrote " << args.at(3) << " (" << builder.rowCount()
        << " rows)\n";
    return 0;
}
