namespace EGov.Collab.App.Account;

/// <summary>Marker for the account pages' strings (AccountResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class AccountResource;
