// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "backgroundread.h"

#include "settings/preferences.h"

#include "document/projectdocument.h"

#include "gui/plainmessage.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

namespace greenprint {

namespace {
QString projectFilter()
{
    return QCoreApplication::translate("greenprint::FileActions",
                                       "Greenprint projects (*.greenprint);;All files (*)");
}
} // namespace

FileActions::FileActions(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_new(new QAction(tr("&New"), this))
    , m_open(new QAction(tr("&Open…"), this))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As…"), this))
    , m_revert(new QAction(tr("&Revert"), this))
    , m_close(new QAction(tr("&Close"), this))
    , m_quit(new QAction(tr("&Quit"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_close->setShortcut(QKeySequence::Close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_saveAs->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_revert->setIcon(QIcon::fromTheme(QStringLiteral("document-revert")));
    m_quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    connect(m_new, &QAction::triggered, this, &FileActions::newProject);
    connect(m_open, &QAction::triggered, this, &FileActions::chooseFileToOpen);
    connect(m_save, &QAction::triggered, this, &FileActions::save);
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });
    connect(m_revert, &QAction::triggered, this, &FileActions::revert);
    connect(m_close, &QAction::triggered, this, &FileActions::newProject);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    connect(document, &ProjectDocument::modifiedChanged, this, &FileActions::updateActions);
    connect(document, &ProjectDocument::filePathChanged, this, &FileActions::updateActions);
    updateActions();
}

void FileActions::populateMenu(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::updateRecentMenu);
    updateRecentMenu();
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addAction(m_revert);
    menu->addSeparator();
    menu->addAction(m_close);
    menu->addAction(m_quit);
}

bool FileActions::newProject()
{
    if (!maybeSave())
        return false;
    m_document->reset(Preferences().newProject());
    return true;
}

bool FileActions::open(const QString &path)
{
    if (!maybeSave())
        return false;
    return load(path);
}

bool FileActions::load(const QString &path)
{
    std::optional<ProjectDocument::ReadResult> read = BackgroundRead::read(path, m_window);
    if (!read) // cancelled by the user: nothing changed, nothing to report
        return false;
    if (m_document->adopt(std::move(*read))) {
        Preferences().addRecentFile(path);
        Preferences().lastDirectory.set(QFileInfo(path).absolutePath());
        return true;
    }
    QMessageBox box(QMessageBox::Critical, tr("Cannot Open Project"),
                    tr("“%1” could not be opened. The current project is unchanged.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, m_window);
    const Issues &issues = m_document->loadIssues();
    QStringList lines;
    for (const Issue &issue : issues)
        lines << (issue.path.isEmpty() ? issue.message
                                       : tr("%1: %2").arg(issue.path, issue.message));
    if (lines.isEmpty())
        lines << m_document->errorString();
    box.setInformativeText(tr("%n problem(s) found:", nullptr, int(lines.size())) + u'\n'
                           + lines.join(u'\n'));
    box.setDetailedText(m_document->errorString());
    makePlainText(box);
    box.exec();
    return false;
}

void FileActions::chooseFileToOpen()
{
    if (!maybeSave())
        return;
    QString dir = Preferences().lastDirectory.get();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Project"), dir, projectFilter());
    if (!path.isEmpty())
        load(path);
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveAs(m_document->filePath());
}

bool FileActions::saveAs(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        QString dir = Preferences().lastDirectory.get();
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name =
            m_document->project().name.isEmpty() ? tr("untitled") : m_document->project().name;
        path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"),
                                            dir + u'/' + name + QStringLiteral(".greenprint"),
                                            projectFilter());
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".greenprint");
    }
    if (!m_document->save(path)) {
        showPlainMessage(m_window, QMessageBox::Critical, tr("Cannot Save Project"),
                         tr("“%1” could not be saved:\n%2")
                             .arg(QFileInfo(path).fileName(), m_document->errorString()));
        return false;
    }
    Preferences().addRecentFile(path);
    Preferences().lastDirectory.set(QFileInfo(path).absolutePath());
    return true;
}

bool FileActions::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
        return false;
    const auto answer = showPlainMessage(
        m_window, QMessageBox::Question, tr("Revert Project"),
        tr("Discard every change since “%1” was last saved?").arg(m_document->displayName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    if (!m_document->revert()) {
        showPlainMessage(m_window, QMessageBox::Critical, tr("Cannot Revert Project"),
                         m_document->errorString());
        return false;
    }
    return true;
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = showPlainMessage(
        m_window, QMessageBox::Warning, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = Preferences().recentFiles.get();
    int n = 0;
    for (const QString &file : files) {
        ++n;
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(n).arg(QFileInfo(file).fileName()), this,
                                    [this, file] { open(file); });
        action->setToolTip(file);
        action->setStatusTip(file);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu
        ->addAction(tr("&Clear Menu"), this,
                    [this] {
                        Preferences().recentFiles.reset();
                        updateRecentMenu();
                    })
        ->setEnabled(!files.isEmpty());
}

void FileActions::updateActions()
{
    m_revert->setEnabled(m_document->isModified() && !m_document->filePath().isEmpty());
}

} // namespace greenprint
