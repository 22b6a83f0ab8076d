// SPDX-License-Identifier: GPL-3.0-or-later
#include "Receiver.h"

namespace hookdesk {

Receiver::Receiver()
    : m_writer(&m_hooks)
    , m_intake(&m_writer, &m_hooks)
{
}

Receiver::~Receiver()
{
    stop();
}

bool Receiver::openStore(const StoreWriter::Options &options, QString *error)
{
    return m_writer.start(options, error);
}

bool Receiver::listen(const IntakeServer::Options &options, QString *error)
{
    m_address = options.address;
    return m_intake.start(options, error);
}

QString Receiver::httpUrl(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

QString Receiver::localBaseUrl(const QHostAddress &address, quint16 port)
{
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        return httpUrl(QHostAddress(QHostAddress::LocalHost), port);
    if (address == QHostAddress::AnyIPv6)
        return httpUrl(QHostAddress(QHostAddress::LocalHostIPv6), port);
    return httpUrl(address, port);
}

QString Receiver::localBaseUrl() const
{
    return isListening() ? localBaseUrl(m_address, port()) : QString();
}

QString Receiver::boundUrl() const
{
    return isListening() ? httpUrl(m_address, port()) : QString();
}

int Receiver::activeHookCount() const
{
    int active = 0;
    for (const Hook &hook : *m_hooks.snapshot())
        active += hook.isRetired() ? 0 : 1;
    return active;
}

void Receiver::stop()
{
    m_intake.stop();
    m_writer.stop();
}

} // namespace hookdesk
