import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '../utils/background/service';
import { db } from '../utils/db/database';
import { localTimeZone } from '../utils/rules';
import { loadSettings, settingsItem } from '../utils/settings';

// Wiring only: the behaviour lives in utils/background/. Every listener is
// registered synchronously at the top level, as MV3 requires for a worker
// that is woken by the event itself.
export default defineBackground(() => {
  const service = createBackgroundService({ db, now: Date.now, timeZone: localTimeZone, loadSettings });

  browser.runtime.onMessage.addListener((message, sender) => service.onMessage(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => service.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => service.onNotificationClicked(id));
  browser.runtime.onInstalled.addListener(() => service.tick());
  browser.runtime.onStartup.addListener(() => service.tick());
  settingsItem.watch((next, previous) => service.onSettingsChanged(next, previous));

  void service.ensureAlarms();
});
