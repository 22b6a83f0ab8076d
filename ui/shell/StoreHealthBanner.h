// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace hookdesk {

class StoreWriter;

// A red bar above the pages while the database refuses writes (disk full,
// read-only, locked, corrupt): senders get 503 and will retry, and the user
// learns why and what to do. It hides itself once writes succeed again.
class StoreHealthBanner : public QLabel
{
    Q_OBJECT
public:
    explicit StoreHealthBanner(StoreWriter *writer, QWidget *parent = nullptr);

    void showFailure(const QString &message);
    void showRecovered();
};

} // namespace hookdesk
