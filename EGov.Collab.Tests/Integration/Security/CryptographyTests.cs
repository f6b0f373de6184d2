using System.Buffers.Binary;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EGov.Collab.App.Common;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>
/// ASVS V11 (and V13's secrets at rest): passwords are hashed with PBKDF2 at the framework's strength; the
/// data-protection keys (cookies, antiforgery, tokens) live in an owner-only folder and, with a certificate
/// configured, are encrypted with it.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class CryptographyTests(PortalFactory portal)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task PasswordHash_IsPbkdf2HmacSha512_WithASaltAndAtLeast100000Iterations()
    {
        var member = await portal.CreateMemberAsync();

        // ASP.NET Core Identity's version-3 format: 0x01, PRF, iteration count, salt length (big-endian uint32), salt, subkey.
        var hash = Convert.FromBase64String(member.PasswordHash!);
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1))); // KeyDerivationPrf.HMACSHA512
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 100_000, "fewer PBKDF2 iterations than the framework's default");
        var saltLength = (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9));
        Assert.True(saltLength >= 16, $"a {saltLength}-byte salt");
        Assert.True(hash.Length - 13 - saltLength >= 32, "a subkey shorter than 256 bits");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void DataFolder_AndKeysFolder_AreOwnerOnly()
    {
        var paths = portal.Services.GetRequiredService<PortalPaths>();
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a key exists");

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(paths.DataFolder));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(paths.Keys));
        Assert.NotEmpty(Directory.GetFiles(paths.Keys, "key-*.xml"));
    }

    [Fact]
    public async Task WithACertificateConfigured_TheKeysAreEncryptedAtRest_WithoutOneTheyAreNot()
    {
        var password = Guid.NewGuid().ToString("N");
        var certificatePath = Path.Combine(Path.GetTempPath(), "egov-collab-tests", $"keys-{Guid.NewGuid():N}.pfx");
        Directory.CreateDirectory(Path.GetDirectoryName(certificatePath)!);
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=EGov.Collab data-protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, password));
        }
        try
        {
            await using var plain = new PortalFactory();
            await using var encrypting = new PortalFactory();
            await using var withCertificate = encrypting.WithWebHostBuilder(builder =>
            {
                builder.UseSetting("DataProtection:CertificatePath", certificatePath);
                builder.UseSetting("DataProtection:CertificatePassword", password);
            });

            var plainKey = KeyXml(plain.Services);
            var encryptedKey = KeyXml(withCertificate.Services);

            Assert.Contains("<value>", plainKey, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", encryptedKey, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", encryptedKey, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(certificatePath);
        }
    }

    /// <summary>Protects and unprotects with the portal's keys (creating the first key), and gives that key's file.</summary>
    private static string KeyXml(IServiceProvider services)
    {
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("round trip", protector.Unprotect(protector.Protect("round trip")));
        var key = Assert.Single(Directory.GetFiles(services.GetRequiredService<PortalPaths>().Keys, "key-*.xml"));
        return File.ReadAllText(key);
    }
}
