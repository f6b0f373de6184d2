namespace EGov.Collab.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Bound from the "Database" section: Provider (Sqlite by default) and, for SQL Server, ConnectionStrings:Collab.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Collab";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
