namespace EGov.Collab.App.Common.Components;

/// <summary>Where each of Ukraine's 27 regions sits on the <see cref="RegionMap"/> tile grid (9 columns, 5 rows; odd rows shifted by half a tile).</summary>
public static class RegionTiles
{
    public sealed record Tile(string Code, int Column, int Row);

    public static readonly IReadOnlyList<Tile> All =
    [
        new("UA07000000000024379", 1, 0), // Volyn
        new("UA56000000000066151", 2, 0), // Rivne
        new("UA18000000000041385", 3, 0), // Zhytomyr
        new("UA32000000000030281", 4, 0), // Kyiv Oblast
        new("UA74000000000025378", 5, 0), // Chernihiv
        new("UA59000000000057109", 6, 0), // Sumy
        new("UA46000000000026241", 0, 1), // Lviv
        new("UA61000000000060328", 1, 1), // Ternopil
        new("UA68000000000099709", 2, 1), // Khmelnytskyi
        new("UA80000000000093317", 3, 1), // Kyiv City
        new("UA53000000000028050", 5, 1), // Poltava
        new("UA63000000000041885", 6, 1), // Kharkiv
        new("UA44000000000018893", 7, 1), // Luhansk
        new("UA21000000000011690", 0, 2), // Zakarpattia
        new("UA26000000000069363", 1, 2), // Ivano-Frankivsk
        new("UA73000000000044923", 2, 2), // Chernivtsi
        new("UA05000000000010236", 3, 2), // Vinnytsia
        new("UA71000000000010357", 4, 2), // Cherkasy
        new("UA35000000000016081", 5, 2), // Kirovohrad
        new("UA12000000000090473", 6, 2), // Dnipropetrovsk
        new("UA14000000000091971", 7, 2), // Donetsk
        new("UA51000000000030770", 3, 3), // Odesa
        new("UA48000000000039575", 4, 3), // Mykolaiv
        new("UA65000000000030969", 5, 3), // Kherson
        new("UA23000000000064947", 6, 3), // Zaporizhzhia
        new("UA85000000000065278", 4, 4), // Sevastopol
        new("UA01000000000013043", 5, 4), // Crimea
    ];
}
