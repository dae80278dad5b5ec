#!/usr/bin/env python3
"""The first frame of `mlcareers explore` against the whole run of `mlcareers roles`, both on a
pseudo-terminal of 80x24 (as a user starts them), wall time from the start of the process to its
first frame (explore: the status line is drawn) or to its end (roles). Medians of RUNS each,
interleaved.

    scripts/explore-first-frame.py BINARY [RUNS]
"""
import fcntl, os, pty, select, statistics, struct, sys, termios, time

binary = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 100
env = {"LANG": "C.UTF-8", "TERM": "xterm-256color", "PATH": "/usr/bin:/bin"}


def start(args):
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary] + args, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def read_until(fd, done):
    seen = b""
    while not done(seen):
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            raise SystemExit(f"no output; seen {seen[-200:]!r}")
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    return seen


def explore():
    begin = time.perf_counter()
    pid, fd = start(["explore"])
    read_until(fd, lambda seen: b"Esc quit" in seen)
    first = time.perf_counter() - begin
    os.write(fd, b"\x1b")
    read_until(fd, lambda seen: False)
    os.waitpid(pid, 0)
    os.close(fd)
    return first


def roles():
    begin = time.perf_counter()
    pid, fd = start(["roles", "--level", "mid"])
    read_until(fd, lambda seen: False)
    os.waitpid(pid, 0)
    whole = time.perf_counter() - begin
    os.close(fd)
    return whole


firsts, wholes = [], []
for _ in range(runs):
    firsts.append(explore())
    wholes.append(roles())
ms = lambda values: statistics.median(values) * 1000
print(f"explore, first frame: median {ms(firsts):.2f} ms; roles --level mid, whole run: median {ms(wholes):.2f} ms "
      f"({runs} runs each, 80x24 pseudo-terminal)")
