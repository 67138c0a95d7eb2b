using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Interop.Engine.Sqlite.Database;

/// <summary>The writer's one connection, with its statements prepared once and reused: only the writer thread touches it.</summary>
internal sealed class WriteSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Whether a transaction is open; SQLite ends one by itself after some errors (disk full, I/O), so ask it.</summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(connection.Handle) == 0;

    /// <summary>The cached command for <paramref name="sql"/>, its parameters cleared.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    public void Execute(string sql) => Command(sql).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        connection.Dispose();
    }
}
