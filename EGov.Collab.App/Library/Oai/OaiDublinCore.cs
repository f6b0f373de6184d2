using System.Globalization;
using System.Xml;
using EGov.Collab.Domain.Library;

namespace EGov.Collab.App.Library.Oai;

/// <summary>An item as simple Dublin Core (oai_dc), each text value tagged with its language.</summary>
public static class OaiDublinCore
{
    public const string Prefix = "oai_dc";
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string Schema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(XmlWriter xml, LibraryItem item, string landingPage, string? coverage)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(item);
        xml.WriteStartElement(Prefix, "dc", Namespace);
        xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{Namespace} {Schema}");
        Element("title", item.TitleUk, LibraryLanguages.Ukrainian);
        Element("title", item.TitleEn, LibraryLanguages.English);
        Element("title", item.AlternativeTitle, null);
        foreach (var creator in item.Creators) Element("creator", creator, null);
        foreach (var contributor in item.Contributors) Element("contributor", contributor, null);
        foreach (var subject in item.SubjectValues) Element("subject", subject, null);
        Element("description", item.AbstractUk, LibraryLanguages.Ukrainian);
        Element("description", item.AbstractEn, LibraryLanguages.English);
        Element("publisher", item.Publisher, null);
        Element("date", item.DateIssued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
        Element("type", item.Type.ToString(), null);
        Element("format", "application/pdf", null);
        Element("identifier", landingPage, null);
        Element("identifier", item.PersistentId ?? "", null);
        Element("language", item.Language, null);
        Element("relation", item.Relation, null);
        Element("coverage", coverage ?? "", null);
        Element("rights", item.LicenceUri, null);
        if (item.EmbargoUntil is { } embargo)
        {
            Element("rights", "info:eu-repo/semantics/embargoedAccess", null);
            Element("date", "info:eu-repo/date/embargoEnd/" + embargo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
        }
        xml.WriteEndElement();

        void Element(string name, string value, string? language)
        {
            if (value.Length == 0) return;
            xml.WriteStartElement("dc", name, DcNamespace);
            if (language is not null) xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
    }
}
