// The low-level SHA-1 API is deprecated in OpenSSL 3 but present and fast; it is what lets the
// HMAC's keyed inner and outer states be kept and copied per page (HMAC_CTX_copy or EVP_MD_CTX
// copies allocate through the provider layer on every call).
#define OPENSSL_SUPPRESS_DEPRECATED
#include "db/sqlcipher/SqlCipherCrypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <sqlite3.h>

#include <cstring>
#include <mutex>

namespace {

// SQLCipher 3.4's provider table (sqlcipher.h of that release; not installed by Debian). The
// order and the signatures must match the library exactly: tst_sqlcipherprovider checks the slots
// of the library's own provider against this layout before trusting it.
struct SqlCipherProvider {
    int (*activate)(void *ctx);
    int (*deactivate)(void *ctx);
    const char *(*get_provider_name)(void *ctx);
    int (*add_random)(void *ctx, void *buffer, int length);
    int (*random)(void *ctx, void *buffer, int length);
    int (*hmac)(void *ctx, unsigned char *hmac_key, int key_sz, unsigned char *in, int in_sz, unsigned char *in2,
                int in2_sz, unsigned char *out);
    int (*kdf)(void *ctx, const unsigned char *pass, int pass_sz, unsigned char *salt, int salt_sz, int workfactor,
               int key_sz, unsigned char *key);
    int (*cipher)(void *ctx, int mode, unsigned char *key, int key_sz, unsigned char *iv, unsigned char *in, int in_sz,
                  unsigned char *out);
    int (*set_cipher)(void *ctx, const char *cipher_name);
    const char *(*get_cipher)(void *ctx);
    int (*get_key_sz)(void *ctx);
    int (*get_iv_sz)(void *ctx);
    int (*get_block_sz)(void *ctx);
    int (*get_hmac_sz)(void *ctx);
    int (*ctx_copy)(void *target_ctx, void *source_ctx);
    int (*ctx_cmp)(void *c1, void *c2);
    int (*ctx_init)(void **ctx);
    int (*ctx_free)(void **ctx);
    int (*fips_status)(void *ctx);
    const char *(*get_provider_version)(void *ctx);
};

} // namespace

extern "C" {
int sqlcipher_register_provider(SqlCipherProvider *p);
SqlCipherProvider *sqlcipher_get_provider(void);
}

namespace motcua::sqlcipher_crypto {
namespace {

constexpr int kEncrypt = 1;   // SQLCipher's CIPHER_ENCRYPT (CIPHER_DECRYPT is 0)
constexpr int kShaBlock = 64;
constexpr const char *kDefaultCipher = "AES-256-CBC";   // SQLCipher 3's CIPHER

// A keyed OpenSSL cipher context for one direction, and the key it holds.
struct Direction {
    EVP_CIPHER_CTX *ctx = nullptr;
    unsigned char key[EVP_MAX_KEY_LENGTH] = {};
    int keySize = 0;
};

// One SQLCipher cipher context's state (SQLCipher's provider_ctx).
struct Context {
    EVP_CIPHER *cipher = nullptr;   // fetched once: no implicit fetch per page
    Direction dir[2];               // [0] decrypt, [1] encrypt
    unsigned char hmacKey[kShaBlock] = {};
    int hmacKeySize = -1;           // -1: no HMAC state yet
    SHA_CTX inner{}, outer{};       // SHA-1 after the key's ipad / opad block
};

void wipe(Context *c)
{
    for (Direction &d : c->dir) {
        EVP_CIPHER_CTX_free(d.ctx);
        d.ctx = nullptr;
        OPENSSL_cleanse(d.key, sizeof d.key);
        d.keySize = 0;
    }
    OPENSSL_cleanse(c->hmacKey, sizeof c->hmacKey);
    OPENSSL_cleanse(&c->inner, sizeof c->inner);
    OPENSSL_cleanse(&c->outer, sizeof c->outer);
    c->hmacKeySize = -1;
}

bool sameKey(const unsigned char *held, int heldSize, const unsigned char *key, int size)
{
    return heldSize == size && CRYPTO_memcmp(held, key, size_t(size)) == 0;
}

int activate(void *) { return SQLITE_OK; }
int deactivate(void *) { return SQLITE_OK; }
const char *name(void *) { return providerName(); }
const char *version(void *) { return OPENSSL_VERSION_TEXT; }
int fipsStatus(void *) { return 0; }

int addRandom(void *, void *buffer, int length)
{
    RAND_add(buffer, length, 0);
    return SQLITE_OK;
}

int randomBytes(void *, void *buffer, int length)
{
    return RAND_bytes(static_cast<unsigned char *>(buffer), length) == 1 ? SQLITE_OK : SQLITE_ERROR;
}

// HMAC-SHA1(key, in || in2) with the key's inner and outer states kept between calls.
int hmac(void *ctx, unsigned char *key, int keySize, unsigned char *in, int inSize, unsigned char *in2, int in2Size,
         unsigned char *out)
{
    auto *c = static_cast<Context *>(ctx);
    if (keySize < 0 || keySize > kShaBlock)
        return SQLITE_ERROR;   // SQLCipher's HMAC keys are the cipher key's size (32 bytes)
    if (!sameKey(c->hmacKey, c->hmacKeySize, key, keySize)) {
        unsigned char pad[kShaBlock];
        for (int pass = 0; pass < 2; ++pass) {
            std::memset(pad, pass == 0 ? 0x36 : 0x5c, sizeof pad);
            for (int i = 0; i < keySize; ++i)
                pad[i] ^= key[i];
            SHA_CTX &state = pass == 0 ? c->inner : c->outer;
            SHA1_Init(&state);
            SHA1_Update(&state, pad, sizeof pad);
        }
        OPENSSL_cleanse(pad, sizeof pad);
        std::memcpy(c->hmacKey, key, size_t(keySize));
        c->hmacKeySize = keySize;
    }
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA_CTX s = c->inner;
    SHA1_Update(&s, in, size_t(inSize));
    if (in2 && in2Size > 0)
        SHA1_Update(&s, in2, size_t(in2Size));
    SHA1_Final(digest, &s);
    s = c->outer;
    SHA1_Update(&s, digest, sizeof digest);
    SHA1_Final(out, &s);
    OPENSSL_cleanse(&s, sizeof s);
    return SQLITE_OK;
}

int kdf(void *, const unsigned char *pass, int passSize, unsigned char *salt, int saltSize, int workfactor, int keySize,
        unsigned char *key)
{
    return PKCS5_PBKDF2_HMAC_SHA1(reinterpret_cast<const char *>(pass), passSize, salt, saltSize, workfactor, keySize,
                                  key) == 1
        ? SQLITE_OK
        : SQLITE_ERROR;
}

// One page, without padding (a page's usable size is a whole number of blocks).
int cipher(void *ctx, int mode, unsigned char *key, int keySize, unsigned char *iv, unsigned char *in, int inSize,
           unsigned char *out)
{
    auto *c = static_cast<Context *>(ctx);
    const int enc = mode == kEncrypt ? 1 : 0;
    Direction &d = c->dir[enc];
    if (!c->cipher || keySize < 0 || keySize > EVP_MAX_KEY_LENGTH)
        return SQLITE_ERROR;
    if (!d.ctx && !(d.ctx = EVP_CIPHER_CTX_new()))
        return SQLITE_NOMEM;
    if (!sameKey(d.key, d.keySize, key, keySize)) {
        d.keySize = 0;
        if (EVP_CipherInit_ex(d.ctx, c->cipher, nullptr, key, iv, enc) != 1 || EVP_CIPHER_CTX_set_padding(d.ctx, 0) != 1)
            return SQLITE_ERROR;
        std::memcpy(d.key, key, size_t(keySize));
        d.keySize = keySize;
    } else if (EVP_CipherInit_ex(d.ctx, nullptr, nullptr, nullptr, iv, enc) != 1) {   // same key: new IV only
        return SQLITE_ERROR;
    }
    int n = 0, tail = 0;
    if (EVP_CipherUpdate(d.ctx, out, &n, in, inSize) != 1 || EVP_CipherFinal_ex(d.ctx, out + n, &tail) != 1
        || n + tail != inSize)
        return SQLITE_ERROR;
    return SQLITE_OK;
}

int setCipher(void *ctx, const char *cipherName)
{
    auto *c = static_cast<Context *>(ctx);
    EVP_CIPHER *fetched = EVP_CIPHER_fetch(nullptr, cipherName, nullptr);
    if (!fetched)
        return SQLITE_ERROR;
    wipe(c);   // contexts keyed for the previous cipher
    EVP_CIPHER_free(c->cipher);
    c->cipher = fetched;
    return SQLITE_OK;
}

const char *getCipher(void *ctx)
{
    const auto *c = static_cast<Context *>(ctx);
    return c->cipher ? EVP_CIPHER_get0_name(c->cipher) : nullptr;
}

int keySize(void *ctx) { return EVP_CIPHER_get_key_length(static_cast<Context *>(ctx)->cipher); }
int ivSize(void *ctx) { return EVP_CIPHER_get_iv_length(static_cast<Context *>(ctx)->cipher); }
int blockSize(void *ctx) { return EVP_CIPHER_get_block_size(static_cast<Context *>(ctx)->cipher); }
int hmacSize(void *) { return SHA_DIGEST_LENGTH; }

// SQLCipher copies a cipher context's settings into another context of its own: the cipher
// choice, never the keyed OpenSSL contexts (each context owns its own).
int copyContext(void *target, void *source)
{
    const auto *s = static_cast<Context *>(source);
    return setCipher(target, EVP_CIPHER_get0_name(s->cipher));
}

// Non-zero when equal, as SQLCipher's OpenSSL provider answers.
int compareContexts(void *c1, void *c2)
{
    const EVP_CIPHER *a = static_cast<Context *>(c1)->cipher;
    const EVP_CIPHER *b = static_cast<Context *>(c2)->cipher;
    return a && b && EVP_CIPHER_is_a(a, EVP_CIPHER_get0_name(b));
}

int initContext(void **ctx)
{
    auto *c = new (std::nothrow) Context;
    if (!c)
        return SQLITE_NOMEM;
    if (setCipher(c, kDefaultCipher) != SQLITE_OK) {
        delete c;
        return SQLITE_ERROR;
    }
    *ctx = c;
    return SQLITE_OK;
}

int freeContext(void **ctx)
{
    auto *c = static_cast<Context *>(*ctx);
    if (c) {
        wipe(c);
        EVP_CIPHER_free(c->cipher);
        delete c;
    }
    *ctx = nullptr;
    return SQLITE_OK;
}

} // namespace

const char *providerName()
{
    return "motcua-openssl";
}

bool install()
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    const SqlCipherProvider *current = sqlcipher_get_provider();
    if (current && current->get_provider_name == &name)
        return true;
    // SQLCipher frees a registered provider with sqlcipher_free(), i.e. sqlite3_free().
    auto *p = static_cast<SqlCipherProvider *>(sqlite3_malloc(int(sizeof(SqlCipherProvider))));
    if (!p)
        return false;
    *p = SqlCipherProvider{&activate,   &deactivate, &name,      &addRandom,     &randomBytes,
                           &hmac,       &kdf,        &cipher,    &setCipher,     &getCipher,
                           &keySize,    &ivSize,     &blockSize, &hmacSize,      &copyContext,
                           &compareContexts, &initContext, &freeContext, &fipsStatus, &version};
    sqlcipher_register_provider(p);
    return true;
}

} // namespace motcua::sqlcipher_crypto
