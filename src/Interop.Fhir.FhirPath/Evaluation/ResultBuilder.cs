namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Collects results without allocating for the common cases: nothing, one item, or one list passed through.</summary>
internal struct ResultBuilder
{
    private object? _single;
    private IReadOnlyList<object>? _borrowed;
    private List<object>? _many;

    /// <summary>Adds one item.</summary>
    public void Add(object item)
    {
        if (_many is not null)
        {
            _many.Add(item);
        }
        else if (_single is null && _borrowed is null)
        {
            _single = item;
        }
        else
        {
            Spill().Add(item);
        }
    }

    /// <summary>Adds every item of a collection, keeping a reference to it while it is the only thing added.</summary>
    public void AddRange(IReadOnlyList<object> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        if (_many is null && _single is null && _borrowed is null)
        {
            _borrowed = items;
            return;
        }

        var list = Spill();
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(items[i]);
        }
    }

    /// <summary>The collection built.</summary>
    public readonly IReadOnlyList<object> ToCollection() =>
        _many ?? _borrowed ?? (_single is null ? Collection.Empty : Collection.Of(_single));

    private List<object> Spill()
    {
        if (_many is not null)
        {
            return _many;
        }

        _many = new List<object>(_borrowed is null ? 4 : _borrowed.Count + 4);
        if (_single is not null)
        {
            _many.Add(_single);
        }
        else if (_borrowed is not null)
        {
            for (var i = 0; i < _borrowed.Count; i++)
            {
                _many.Add(_borrowed[i]);
            }
        }

        _single = null;
        _borrowed = null;
        return _many;
    }
}
