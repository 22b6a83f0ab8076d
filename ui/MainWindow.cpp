// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace hookdesk {

MainWindow::MainWindow(const ListenerState &state, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("HookDesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("<h2>Waiting for attendees</h2>"), central);
    m_status = new QLabel(central);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    if (state.listening) {
        m_status->setText(tr("Register this URL with TagMango for the webinar.completed.all "
                             "event:<br><b>%1</b><br><br>Attendees are kept in %2.")
                                  .arg(state.hookUrl.toHtmlEscaped(),
                                       state.databasePath.toHtmlEscaped()));
    } else {
        m_status->setText(tr("The listener is not running: %1").arg(state.error.toHtmlEscaped()));
    }
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(state.listening ? tr("Listening") : tr("Not listening"));
    resize(720, 420);
}

} // namespace hookdesk
