"""A minimal desktop notification server for the APPEND-to-Notify benchmark.

Owns org.freedesktop.Notifications on the bus in DBUS_SESSION_BUS_ADDRESS, answers like a
real server (capabilities: actions, body, body-markup) and writes one line per Notify call
to the file named by argv[1], the moment the call arrives:

    <time.monotonic()>\t<summary>

CLOCK_MONOTONIC is system-wide on Linux, so the benchmark compares these times with its own.
python3-dbusmock's template would do as a server, but logs wall-clock time to the
millisecond after its own bookkeeping; this records arrival directly.
"""
import os
import sys
import time

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

IFACE = "org.freedesktop.Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, out):
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.out = out
        self.n = 0

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces_id, icon, summary, body, actions, hints, timeout):
        t = time.monotonic()
        self.n += 1
        self.out.write("%.6f\t%s\n" % (t, str(summary).replace("\n", " ")))
        return dbus.UInt32(self.n)

    @dbus.service.method(IFACE, out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body", "body-markup"]

    @dbus.service.method(IFACE, out_signature="ssss")
    def GetServerInformation(self):
        return ("casewatch-bench", "casewatch", "1", "1.2")

    @dbus.service.method(IFACE, in_signature="u")
    def CloseNotification(self, id_):
        self.NotificationClosed(id_, 3)

    @dbus.service.signal(IFACE, signature="uu")
    def NotificationClosed(self, id_, reason):
        pass

    @dbus.service.signal(IFACE, signature="us")
    def ActionInvoked(self, id_, key):
        pass


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(os.environ["DBUS_SESSION_BUS_ADDRESS"])
    out = open(sys.argv[1], "a", buffering=1)
    name = dbus.service.BusName(IFACE, bus)  # noqa: F841 (held for the process's life)
    Server(bus, out)
    print("ready", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
