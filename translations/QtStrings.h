// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own strings that HookDesk's users meet: dialog buttons, the text fields'
// context menus, the file dialog, the scroll bars, command line help. Debian
// ships no Qt translation for some languages (Hindi among them), so these
// entries put the strings into hookdesk_<lang>.ts under Qt's own contexts;
// HookDesk's translator then answers Qt's lookups.
//
// Not part of the app; lupdate reads it (translations/update-ts.sh) and the
// translation test walks the list. The source texts are Qt 6.4's, exactly:
// compare with `lconvert -i /usr/share/qt6/translations/qtbase_de.qm` when Qt changes.
#pragma once

#include <QtGlobal>

namespace hookdesk::QtStrings {

struct Entry
{
    const char *context;
    const char *source;
};

// clang-format off
inline constexpr Entry entries[] = {
    // QPlatformTheme
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")},
    // QMessageBox
    {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")},
    {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")},
    // QLineEdit
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")},
    // QWidgetTextControl
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")},
    // QAbstractSpinBox
    {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")},
    {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")},
    {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")},
    // QScrollBar
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll here")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Left edge")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Top")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Right edge")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Bottom")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page left")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page up")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page right")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page down")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll left")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll up")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll right")},
    {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll down")},
    // QTabBar
    {"QTabBar", QT_TRANSLATE_NOOP("QTabBar", "Scroll Left")},
    {"QTabBar", QT_TRANSLATE_NOOP("QTabBar", "Scroll Right")},
    // QDialog
    {"QDialog", QT_TRANSLATE_NOOP("QDialog", "What's This?")},
    // QProgressDialog
    {"QProgressDialog", QT_TRANSLATE_NOOP("QProgressDialog", "Cancel")},
    // QInputDialog
    {"QInputDialog", QT_TRANSLATE_NOOP("QInputDialog", "Enter a value:")},
    // QFileDialog
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Look in:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of type:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Open")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Save As")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Find Directory")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directories")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go back")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go forward")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Delete")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Remove")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All files (*)")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory.")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given.")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.")},
    // QFileSystemModel
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Kind")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")},
    // QCommandLineParser
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Options:")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "[options]")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options.")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options.")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information.")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'.")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1.")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'.")},
    {"QCommandLineParser", QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'.")},
};
// clang-format on

} // namespace hookdesk::QtStrings
