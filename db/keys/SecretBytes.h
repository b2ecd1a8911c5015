#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>

namespace motcua {

// A small owning buffer for key material. Its bytes are wiped (sodium_memzero) when it is
// destroyed, cleared or assigned over, so keys do not linger in freed heap memory. Copies are
// deep (each copy wipes itself). Never log one: there is deliberately no toHex()/QDebug operator.
//
// Handing the key to an API that wants a QByteArray (DatabaseConfig::rawKey) needs
// toByteArray(); that copy is the caller's to wipe (motcua::wipe below).
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size);                 // zero-filled
    SecretBytes(const void *data, qsizetype size);        // copies
    static SecretBytes fromByteArray(const QByteArray &bytes); // copies; wipe the source yourself

    SecretBytes(const SecretBytes &other);
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    SecretBytes mid(qsizetype pos, qsizetype len) const;
    QByteArray toByteArray() const;                       // a copy the caller must wipe
    void clear();                                         // wipes and frees

    // Constant-time comparison (sodium_memcmp); sizes are compared in the clear.
    bool operator==(const SecretBytes &other) const;
    bool operator!=(const SecretBytes &other) const { return !(*this == other); }

private:
    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
};

// Overwrites a QByteArray's bytes with zeros (detaching first only when it is not shared).
void wipe(QByteArray &bytes);

} // namespace motcua
