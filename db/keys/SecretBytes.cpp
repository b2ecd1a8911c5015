#include "db/keys/SecretBytes.h"

#include "db/keys/SodiumInit.h"

#include <sodium.h>

#include <cstring>

namespace motcua {

SecretBytes::SecretBytes(qsizetype size)
    : m_data(size > 0 ? std::make_unique<unsigned char[]>(size_t(size)) : nullptr),
      m_size(size > 0 ? size : 0)
{
}

SecretBytes::SecretBytes(const void *data, qsizetype size) : SecretBytes(size)
{
    if (m_size > 0)
        std::memcpy(m_data.get(), data, size_t(m_size));
}

SecretBytes SecretBytes::fromByteArray(const QByteArray &bytes)
{
    return SecretBytes(bytes.constData(), bytes.size());
}

SecretBytes::SecretBytes(const SecretBytes &other) : SecretBytes(other.data(), other.size()) {}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        SecretBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes SecretBytes::mid(qsizetype pos, qsizetype len) const
{
    if (pos < 0 || len < 0 || pos + len > m_size)
        return {};
    return SecretBytes(m_data.get() + pos, len);
}

QByteArray SecretBytes::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_data.get()), m_size);
}

void SecretBytes::clear()
{
    if (m_data && m_size > 0)
        sodium_memzero(m_data.get(), size_t(m_size));
    m_data.reset();
    m_size = 0;
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data.get(), other.m_data.get(), size_t(m_size)) == 0;
}

void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!bytes.isDetached()) { // someone else still holds these bytes: just drop our reference
        bytes = QByteArray();
        return;
    }
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace motcua
