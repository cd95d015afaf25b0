"""Item models (QAbstractTableModel) over the domain queries."""
