// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/recoverystore.h"

#include <QDialog>

#include <vector>

class QListWidget;

namespace greenprint {

/**
 * Shown at start when a previous session ended without saving: lists the
 * recovered projects (name, original file, time of the last autosave) and
 * lets the user restore one, discard them all, or decide later (the files
 * stay).
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Later, Restore, DiscardAll };

    RecoveryDialog(const std::vector<RecoveryEntry> &entries, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /** The entry to restore (index into the entries given). */
    int selectedIndex() const;

private:
    QListWidget *m_list;
    Choice m_choice = Choice::Later;
};

} // namespace greenprint
