using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Functions.Security;

/// <summary>Turns PEM text into an RS256 or ES256 verification key, refusing private keys and weak or wrong-curve keys.</summary>
internal static class PemSigningKeys
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcOid = "1.2.840.10045.2.1";
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const int MinRsaBits = 2048;

    /// <summary>The key in <paramref name="pem"/>, or null with <paramref name="error"/> saying why it cannot be used.</summary>
    public static SecurityKey? TryCreate(string pem, string? keyId, out string? error)
    {
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            error = "holds no PEM block";
            return null;
        }

        var label = pem[fields.Label];
        AsymmetricSecurityKey? key;
        try
        {
            var der = Convert.FromBase64String(pem[fields.Base64Data]);
            key = label switch
            {
                "PUBLIC KEY" => FromSubjectPublicKeyInfo(der, out error),
                "RSA PUBLIC KEY" => FromRsa(ImportRsaPublicKey(der), out error),
                "CERTIFICATE" => FromCertificate(der, out error),
                _ when label.Contains("PRIVATE KEY", StringComparison.Ordinal) =>
                    Fail("holds a private key; the host needs only the public key, and private keys do not belong in its configuration", out error),
                _ => Fail($"holds a '{label}' PEM block, not a public key or certificate", out error),
            };
        }
        catch (CryptographicException exception)
        {
            return Fail($"holds a '{label}' PEM block that cannot be read ({exception.Message})", out error);
        }

        if (key is not null)
        {
            key.KeyId = string.IsNullOrWhiteSpace(keyId) ? Base64UrlEncoder.Encode(key.ComputeJwkThumbprint()) : keyId;
        }

        return key;
    }

    /// <summary>The verification key for an ES256 key pair (only its public part is kept), with its JWK thumbprint as key id.</summary>
    public static SecurityKey FromEcdsaKeyPair(ECDsa keyPair)
    {
        var key = new ECDsaSecurityKey(ECDsa.Create(keyPair.ExportParameters(includePrivateParameters: false)));
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static AsymmetricSecurityKey? FromSubjectPublicKeyInfo(byte[] der, out string? error)
    {
        var publicKey = PublicKey.CreateFromSubjectPublicKeyInfo(der, out _);
        return publicKey.Oid.Value switch
        {
            RsaOid => FromRsa(publicKey.GetRSAPublicKey(), out error),
            EcOid => FromEcdsa(publicKey.GetECDsaPublicKey(), out error),
            _ => Fail($"holds a key of algorithm {publicKey.Oid.Value}; only RSA (RS256) and P-256 (ES256) keys are accepted", out error),
        };
    }

    private static AsymmetricSecurityKey? FromCertificate(byte[] der, out string? error)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        var rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return FromRsa(rsa, out error);
        }

        var ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa is not null
            ? FromEcdsa(ecdsa, out error)
            : Fail("holds a certificate whose key is neither RSA nor P-256", out error);
    }

    private static RSA ImportRsaPublicKey(byte[] der)
    {
        var rsa = RSA.Create();
        rsa.ImportRSAPublicKey(der, out _);
        return rsa;
    }

    private static AsymmetricSecurityKey? FromRsa(RSA? rsa, out string? error)
    {
        if (rsa is null || rsa.KeySize < MinRsaBits)
        {
            rsa?.Dispose();
            return Fail($"holds an RSA key shorter than {MinRsaBits} bits", out error);
        }

        error = null;
        return new RsaSecurityKey(rsa);
    }

    private static AsymmetricSecurityKey? FromEcdsa(ECDsa? ecdsa, out string? error)
    {
        if (ecdsa is null || ecdsa.ExportParameters(includePrivateParameters: false).Curve.Oid.Value != P256Oid)
        {
            ecdsa?.Dispose();
            return Fail("holds an EC key not on curve P-256, which ES256 requires", out error);
        }

        error = null;
        return new ECDsaSecurityKey(ecdsa);
    }

    private static AsymmetricSecurityKey? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}
