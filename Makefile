# Shortcuts for those who have make; ./dev.sh does the work (and needs nothing but bash).
.PHONY: run test setup lint bench
run: ; ./dev.sh run
test: ; ./dev.sh test
setup: ; ./dev.sh setup
lint: ; ./dev.sh lint
bench: ; ./dev.sh bench
