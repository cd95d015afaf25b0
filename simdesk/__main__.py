from simdesk import windowed
from simdesk.cli import main

# windowed.run: simdesk.exe has no console; its messages are shown in a message box.
raise SystemExit(windowed.run(main))
