// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/shell/Style.h"

#include <QApplication>
#include <QFont>
#include <QIcon>

namespace ovop::ui {

namespace {

const char* const StyleSheet = R"(
QWidget { color: #1b1f23; }
QMainWindow, QDialog, QWidget#loginWindow, QStackedWidget > QWidget { background: #f4f5f7; }
QLabel[role="heading"] { font-size: 20pt; font-weight: bold; color: #0d3c40; }
QLabel[role="subheading"] { font-size: 13pt; font-weight: bold; color: #22313f; }
QLabel[role="hint"] { color: #4a535c; }
QLabel[role="error"] { color: #b3261e; font-weight: bold; }
QLabel[role="ok"] { color: #1e6b34; font-weight: bold; }
QFrame[role="card"] { background: #ffffff; border: 1px solid #d0d5da; border-radius: 8px; }

QPushButton {
    min-height: 44px; padding: 4px 12px; border: 1px solid #8a939c; border-radius: 6px;
    background: #ffffff;
}
QPushButton:hover { background: #eef2f3; }
QPushButton:pressed { background: #dde4e6; }
QPushButton:disabled { color: #8a939c; border-color: #c4c9ce; background: #f0f1f2; }
QPushButton:focus { border: 2px solid #0d5c63; }
QPushButton[role="primary"] { background: #0d5c63; color: #ffffff; border-color: #0a4a50; font-weight: bold; }
QPushButton[role="primary"]:hover { background: #0f6e76; }
QPushButton[role="primary"]:pressed { background: #0a4a50; }
QPushButton[role="primary"]:disabled { background: #9bb8ba; color: #f4f5f7; }
QPushButton[role="pad"] { font-size: 20pt; min-height: 56px; padding: 0; }
QPushButton[role="padText"] { font-size: 12pt; min-height: 56px; padding: 0 4px; }
QPushButton[role="user"] { text-align: left; padding: 4px 16px; font-size: 14pt; min-height: 52px; }
QPushButton[role="user"]:checked { background: #0d5c63; color: #ffffff; border-color: #0a4a50; }
QLabel[role="userFullName"] { font-size: 14pt; }
QLabel[onDark="true"] { color: #ffffff; }
QPushButton[role="language"] { min-width: 92px; padding: 4px 8px; }
QPushButton[role="language"]:checked { background: #0d5c63; color: #ffffff; border-color: #0a4a50; }

QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit {
    min-height: 40px; padding: 2px 8px; border: 1px solid #8a939c; border-radius: 4px;
    background: #ffffff; selection-background-color: #0d5c63; selection-color: #ffffff;
}
QPlainTextEdit { padding: 4px; }
QComboBox { padding-right: 32px; }
QComboBox::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: 30px; border: none;
}
QComboBox::down-arrow { image: url(:/ovop/icons/ui/down-arrow.png); width: 12px; height: 8px; }
QComboBox::down-arrow:disabled { image: url(:/ovop/icons/ui/down-arrow-disabled.png); }
QSpinBox, QDoubleSpinBox { padding-right: 30px; }
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::down-button {
    subcontrol-origin: border; width: 28px; background: #eef2f3; border-left: 1px solid #c4c9ce;
}
QSpinBox::up-button, QDoubleSpinBox::up-button {
    subcontrol-position: top right; border-bottom: 1px solid #c4c9ce; border-top-right-radius: 4px;
}
QSpinBox::down-button, QDoubleSpinBox::down-button { subcontrol-position: bottom right; border-bottom-right-radius: 4px; }
QSpinBox::up-button:hover, QDoubleSpinBox::up-button:hover, QSpinBox::down-button:hover,
QDoubleSpinBox::down-button:hover { background: #dde4e6; }
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow { image: url(:/ovop/icons/ui/up-arrow.png); width: 12px; height: 8px; }
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow { image: url(:/ovop/icons/ui/down-arrow.png); width: 12px; height: 8px; }
QSpinBox::up-arrow:disabled, QDoubleSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off, QDoubleSpinBox::up-arrow:off {
    image: url(:/ovop/icons/ui/up-arrow-disabled.png);
}
QSpinBox::down-arrow:disabled, QDoubleSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off,
QDoubleSpinBox::down-arrow:off { image: url(:/ovop/icons/ui/down-arrow-disabled.png); }
QComboBox QAbstractItemView {
    background: #ffffff; border: 1px solid #8a939c; selection-background-color: #0d5c63;
    selection-color: #ffffff; outline: none;
}
QComboBox QAbstractItemView::item { min-height: 36px; padding: 0 8px; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QScrollArea { background: transparent; }
QWidget#userList, QWidget#settingsContent { background: transparent; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QPlainTextEdit:focus {
    border: 2px solid #0d5c63;
}
QLineEdit[role="pin"] { font-size: 22pt; min-height: 52px; letter-spacing: 6px; }
QLineEdit[role="tillScan"] { font-size: 18pt; min-height: 52px; }
QLineEdit[role="tillAmount"] { font-size: 22pt; min-height: 52px; }
QLabel[role="tillTotal"] { font-size: 34pt; font-weight: bold; color: #0d3c40; }
QLabel[role="tillChange"] { font-size: 24pt; font-weight: bold; color: #1e6b34; }
QPushButton QLabel#tillButtonText { font-size: 12pt; font-weight: bold; }
QPushButton[role="primary"] QLabel#tillButtonText { color: #ffffff; }
QPushButton QLabel#tillButtonText:disabled { color: #8a939c; }
QTableView#cartView { font-size: 13pt; }
QListWidget#searchResults { font-size: 13pt; }
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QComboBox:disabled, QSpinBox:disabled,
QDoubleSpinBox:disabled {
    background: #eceff1; color: #1b1f23; border: 1px dashed #a7afb6;
}
/* A refused field: a red bar on its left and a red outline, its height unchanged. */
*[invalid="true"] { border: 1px solid #b3261e; border-left: 5px solid #b3261e; background: #fff4f3; }
/* The wider border of a focused field takes its room from the padding: nothing moves. */
QLineEdit:focus { padding: 1px 7px; }
QComboBox:focus { padding: 1px 31px 1px 7px; }
/* A refused field keeps its red marks while it is being corrected. */
QLineEdit[invalid="true"]:focus, QComboBox[invalid="true"]:focus, QPlainTextEdit[invalid="true"]:focus,
QSpinBox[invalid="true"]:focus, QDoubleSpinBox[invalid="true"]:focus {
    border: 1px solid #b3261e; border-left: 5px solid #b3261e; padding: 2px 8px;
}
QComboBox[invalid="true"]:focus { padding: 2px 32px 2px 8px; }
QCheckBox { min-height: 40px; spacing: 10px; }
QCheckBox::indicator { width: 22px; height: 22px; }

QListWidget#navigation {
    background: #22313f; color: #ffffff; border: none; font-size: 13pt; outline: none;
}
QListWidget#navigation::item { min-height: 52px; padding: 0 14px; border-left: 5px solid transparent; }
QListWidget#navigation::item:selected { background: #0d5c63; color: #ffffff; border-left: 5px solid #f2c14e; }
QListWidget#navigation::item:hover:!selected { background: #2e4153; }
QFrame#sidePanel { background: #22313f; }
QFrame#sidePanel QLabel { color: #ffffff; }
QFrame#sidePanel QLabel[role="hint"] { color: #c9d3dc; }

QTableView::item { padding: 0 6px; }
QTableView {
    background: #ffffff; alternate-background-color: #f3f6f7; gridline-color: #d0d5da;
    border: 1px solid #c4c9ce; selection-background-color: #0d5c63; selection-color: #ffffff;
}
QHeaderView::section {
    background: #e8ebee; padding: 6px 8px; border: none; border-right: 1px solid #d0d5da;
    border-bottom: 1px solid #c4c9ce; font-weight: bold;
}
QTabWidget::pane { border: none; }
QTabBar::tab {
    min-height: 40px; padding: 2px 18px; margin-right: 4px; background: #e8ebee; color: #22313f;
    border: 1px solid #c4c9ce; border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px;
}
QTabBar::tab:selected { background: #ffffff; color: #0d3c40; font-weight: bold; border-color: #8a939c; }
QTabBar::tab:hover:!selected { background: #eef2f3; }
QStatusBar { background: #e8ebee; border-top: 1px solid #c4c9ce; }
QStatusBar QLabel { padding: 0 8px; }
QStatusBar QLabel[role="error"] { color: #b3261e; }
QToolTip { background: #ffffe8; color: #1b1f23; border: 1px solid #8a939c; }
)";

} // namespace

void applyStyle(QApplication& app)
{
    app.setWindowIcon(QIcon(QStringLiteral(":/ovop/icons/ovop-shop-128.png")));
    QFont font = app.font();
    font.setPointSize(11);
    app.setFont(font);
    app.setStyleSheet(QString::fromUtf8(StyleSheet));
}

} // namespace ovop::ui
