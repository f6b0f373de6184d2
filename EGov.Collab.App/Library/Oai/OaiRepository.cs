using System.Text;
using System.Xml;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library.Oai;

/// <summary>
/// The library's OAI-PMH 2.0 data provider at <c>/oai</c>: the six verbs, oai_dc, collections as sets, persistent deleted
/// records for withdrawn items, and signed resumption tokens that expire. Items appear once published and stay for ever.
/// </summary>
public sealed class OaiRepository(IDbContextFactory<CollabDbContext> dbFactory, OaiTokens tokens, LibraryLinks links, IConfiguration configuration, TimeProvider clock)
{
    public const string OaiNamespace = "http://www.openarchives.org/OAI/2.0/";
    private const string OaiSchema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const int DefaultPageSize = 100;

    private int PageSize => Math.Clamp(configuration.GetValue("Library:Oai:PageSize", DefaultPageSize), 1, 1000);

    public async Task<string> HandleAsync(IEnumerable<KeyValuePair<string, string?[]>> arguments, CancellationToken cancellationToken = default)
    {
        var (request, error) = OaiRequest.Parse(arguments);
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = false, Encoding = Encoding.UTF8, Async = false };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(output), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("OAI-PMH", OaiNamespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{OaiNamespace} {OaiSchema}");
            xml.WriteElementString("responseDate", OaiNamespace, OaiRequest.FormatDate(clock.GetUtcNow()));
            xml.WriteStartElement("request", OaiNamespace);
            // §3.2: after badVerb or badArgument the request element carries no attributes.
            if (request is not null)
            {
                xml.WriteAttributeString("verb", request.Verb);
                foreach (var (key, value) in request.Arguments) xml.WriteAttributeString(key, value);
            }
            xml.WriteString(links.Absolute(LibraryLinks.Oai));
            xml.WriteEndElement();

            error ??= request!.Verb switch
            {
                OaiRequest.Identify => await IdentifyAsync(xml, cancellationToken),
                OaiRequest.ListMetadataFormats => await ListMetadataFormatsAsync(xml, request, cancellationToken),
                OaiRequest.ListSets => await ListSetsAsync(xml, request, cancellationToken),
                OaiRequest.GetRecord => await GetRecordAsync(xml, request, cancellationToken),
                _ => await ListAsync(xml, request, cancellationToken),
            };
            if (error is not null) WriteError(xml, error);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return output.ToString();
    }

    private async Task<OaiError?> IdentifyAsync(XmlWriter xml, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var earliest = await db.LibraryItems.EverPublished().OrderBy(i => i.UpdatedAt).Select(i => (DateTimeOffset?)i.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        var host = new Uri(links.BaseUrl).Host;
        xml.WriteStartElement(OaiRequest.Identify, OaiNamespace);
        xml.WriteElementString("repositoryName", OaiNamespace, configuration["Library:Oai:RepositoryName"] ?? "Електронна бібліотека «Ми розвиваємо електронне урядування»");
        xml.WriteElementString("baseURL", OaiNamespace, links.Absolute(LibraryLinks.Oai));
        xml.WriteElementString("protocolVersion", OaiNamespace, "2.0");
        xml.WriteElementString("adminEmail", OaiNamespace, configuration["Library:Oai:AdminEmail"] ?? $"library@{host}");
        xml.WriteElementString("earliestDatestamp", OaiNamespace, OaiRequest.FormatDate(earliest ?? clock.GetUtcNow()));
        xml.WriteElementString("deletedRecord", OaiNamespace, "persistent");
        xml.WriteElementString("granularity", OaiNamespace, "YYYY-MM-DDThh:mm:ssZ");
        xml.WriteStartElement("description", OaiNamespace);
        const string identifierNamespace = "http://www.openarchives.org/OAI/2.0/oai-identifier";
        xml.WriteStartElement("oai-identifier", identifierNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{identifierNamespace} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        xml.WriteElementString("scheme", identifierNamespace, "oai");
        xml.WriteElementString("repositoryIdentifier", identifierNamespace, host);
        xml.WriteElementString("delimiter", identifierNamespace, ":");
        xml.WriteElementString("sampleIdentifier", identifierNamespace, links.OaiIdentifier(LibraryItem.Format(2026, 1)));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        return null;
    }

    private async Task<OaiError?> ListMetadataFormatsAsync(XmlWriter xml, OaiRequest request, CancellationToken cancellationToken)
    {
        if (request.Identifier is not null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var item = await FindAsync(db, request.Identifier, cancellationToken);
            if (item is null) return OaiError.IdDoesNotExist;
            if (item.Status == LibraryItemStatus.Withdrawn) return OaiError.NoMetadataFormats;
        }
        xml.WriteStartElement(OaiRequest.ListMetadataFormats, OaiNamespace);
        xml.WriteStartElement("metadataFormat", OaiNamespace);
        xml.WriteElementString("metadataPrefix", OaiNamespace, OaiDublinCore.Prefix);
        xml.WriteElementString("schema", OaiNamespace, OaiDublinCore.Schema);
        xml.WriteElementString("metadataNamespace", OaiNamespace, OaiDublinCore.Namespace);
        xml.WriteEndElement();
        xml.WriteEndElement();
        return null;
    }

    private async Task<OaiError?> ListSetsAsync(XmlWriter xml, OaiRequest request, CancellationToken cancellationToken)
    {
        // Every set fits in one response, so this repository never issues a ListSets token.
        if (request.ResumptionToken is not null) return OaiError.BadResumptionToken;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var collections = await db.LibraryCollections.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        if (collections.Count == 0) return OaiError.NoSetHierarchy;
        xml.WriteStartElement(OaiRequest.ListSets, OaiNamespace);
        foreach (var collection in collections)
        {
            xml.WriteStartElement("set", OaiNamespace);
            xml.WriteElementString("setSpec", OaiNamespace, collection.Slug);
            xml.WriteElementString("setName", OaiNamespace, collection.NameUk);
            xml.WriteStartElement("setDescription", OaiNamespace);
            xml.WriteStartElement(OaiDublinCore.Prefix, "dc", OaiDublinCore.Namespace);
            xml.WriteAttributeString("xmlns", "dc", null, OaiDublinCore.DcNamespace);
            WriteLangElement(xml, "title", collection.NameEn, LibraryLanguages.English);
            WriteLangElement(xml, "description", collection.DescriptionUk, LibraryLanguages.Ukrainian);
            WriteLangElement(xml, "description", collection.DescriptionEn, LibraryLanguages.English);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    private async Task<OaiError?> GetRecordAsync(XmlWriter xml, OaiRequest request, CancellationToken cancellationToken)
    {
        if (request.MetadataPrefix != OaiDublinCore.Prefix) return OaiError.CannotDisseminateFormat;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await FindAsync(db, request.Identifier!, cancellationToken);
        if (item is null) return OaiError.IdDoesNotExist;
        var context = await RecordContextAsync(db, [item], cancellationToken);
        xml.WriteStartElement(OaiRequest.GetRecord, OaiNamespace);
        WriteRecord(xml, item, context, withMetadata: true);
        xml.WriteEndElement();
        return null;
    }

    private async Task<OaiError?> ListAsync(XmlWriter xml, OaiRequest request, CancellationToken cancellationToken)
    {
        OaiListState state;
        if (request.ResumptionToken is not null)
        {
            var read = tokens.Read(request.ResumptionToken, request.Verb);
            if (read is null) return OaiError.BadResumptionToken;
            state = read;
        }
        else
        {
            if (request.MetadataPrefix != OaiDublinCore.Prefix) return OaiError.CannotDisseminateFormat;
            // A harvest sees the repository as it was when it began: later changes wait for the next harvest.
            state = new OaiListState(request.Verb, request.MetadataPrefix, request.Set, request.From, request.Until ?? clock.GetUtcNow(), 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = db.LibraryItems.AsNoTracking().EverPublished().Where(i => i.UpdatedAt <= state.Until);
        if (state.From is { } from) items = items.Where(i => i.UpdatedAt >= from);
        if (state.Set is not null)
        {
            if (!await db.LibraryCollections.AnyAsync(cancellationToken)) return OaiError.NoSetHierarchy;
            var setId = await db.LibraryCollections.Where(c => c.Slug == state.Set).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (setId is null) return OaiError.NoRecordsMatch;
            items = items.Where(i => i.CollectionId == setId);
        }
        var total = await items.CountAsync(cancellationToken);
        if (total == 0) return OaiError.NoRecordsMatch;
        if (state.Cursor >= total) return OaiError.BadResumptionToken;

        var withMetadata = state.Verb == OaiRequest.ListRecords;
        var query = items.OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id).Skip(state.Cursor).Take(PageSize);
        var page = withMetadata ? await query.WithParts().ToListAsync(cancellationToken) : await query.ToListAsync(cancellationToken);
        var context = await RecordContextAsync(db, page, cancellationToken);

        xml.WriteStartElement(state.Verb, OaiNamespace);
        foreach (var item in page)
        {
            if (withMetadata) WriteRecord(xml, item, context, withMetadata: true);
            else WriteHeader(xml, item, context);
        }
        var next = state.Cursor + page.Count;
        if (state.Cursor > 0 || next < total)
        {
            xml.WriteStartElement("resumptionToken", OaiNamespace);
            xml.WriteAttributeString("completeListSize", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", state.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (next < total)
            {
                var (token, expires) = tokens.Issue(state with { Cursor = next });
                xml.WriteAttributeString("expirationDate", OaiRequest.FormatDate(expires));
                xml.WriteString(token);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    private static async Task<LibraryItem?> FindAsync(CollabDbContext db, string identifier, CancellationToken cancellationToken)
    {
        // oai:{host}:egov:lib/{year}/{number}
        var marker = identifier.IndexOf(":egov:lib/", StringComparison.Ordinal);
        if (!identifier.StartsWith("oai:", StringComparison.Ordinal) || marker < 0) return null;
        var parts = identifier[(marker + ":egov:lib/".Length)..].Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || parts[1].Length != 6)
            return null;
        return await db.LibraryItems.AsNoTracking().EverPublished().WithParts()
            .SingleOrDefaultAsync(i => i.IdentifierYear == year && i.IdentifierNumber == number, cancellationToken);
    }

    private sealed record RecordContext(IReadOnlyDictionary<Guid, string> SetSpecs, IReadOnlyDictionary<Guid, string> Coverage);

    private static async Task<RecordContext> RecordContextAsync(CollabDbContext db, IReadOnlyList<LibraryItem> items, CancellationToken cancellationToken)
    {
        var sets = await db.LibraryCollections.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        var communityIds = items.Where(i => i.CoverageCommunityId is not null).Select(i => i.CoverageCommunityId!.Value).Distinct().ToList();
        var coverage = communityIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Communities.AsNoTracking().Where(c => communityIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => $"{c.NameUk} ({c.KatottgCode})", cancellationToken);
        return new RecordContext(sets, coverage);
    }

    private void WriteRecord(XmlWriter xml, LibraryItem item, RecordContext context, bool withMetadata)
    {
        xml.WriteStartElement("record", OaiNamespace);
        WriteHeader(xml, item, context);
        if (withMetadata && item.Status != LibraryItemStatus.Withdrawn)
        {
            xml.WriteStartElement("metadata", OaiNamespace);
            OaiDublinCore.Write(xml, item, links.Absolute(LibraryLinks.Item(item.Id)),
                item.CoverageCommunityId is { } community ? context.Coverage.GetValueOrDefault(community) : null);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private void WriteHeader(XmlWriter xml, LibraryItem item, RecordContext context)
    {
        xml.WriteStartElement("header", OaiNamespace);
        if (item.Status == LibraryItemStatus.Withdrawn) xml.WriteAttributeString("status", "deleted");
        xml.WriteElementString("identifier", OaiNamespace, links.OaiIdentifier(item.PersistentId!));
        xml.WriteElementString("datestamp", OaiNamespace, OaiRequest.FormatDate(item.UpdatedAt));
        if (context.SetSpecs.TryGetValue(item.CollectionId, out var setSpec)) xml.WriteElementString("setSpec", OaiNamespace, setSpec);
        xml.WriteEndElement();
    }

    private static void WriteError(XmlWriter xml, OaiError error)
    {
        xml.WriteStartElement("error", OaiNamespace);
        xml.WriteAttributeString("code", error.Code);
        xml.WriteString(error.Message);
        xml.WriteEndElement();
    }

    private static void WriteLangElement(XmlWriter xml, string name, string value, string language)
    {
        if (value.Length == 0) return;
        xml.WriteStartElement("dc", name, OaiDublinCore.DcNamespace);
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
