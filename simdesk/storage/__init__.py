"""Storage: Peewee models, connection handling, migrations, backup.  No Qt, no Bottle."""
