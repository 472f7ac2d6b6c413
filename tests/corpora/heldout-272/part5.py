"""2025 April 2-7: hold lifted, confirmation in Japanese, bounce, merge, badges, survey."""
from lib import *
from part1 import CAND_OLD
from part3 import CASE_M, CAND_NEW, M_ACK, AWSAUTH
from part4 import M_HOLD, M_USR1, M_WRONG, M_CLOSE, M_USR2, M_HOLD2

M_LIFT = ses_mid("m-lift")
M_CONF = ses_mid("m-conf")
M_USR3 = mid("m-usr3", "gmail.com")
M_CONF2 = ses_mid("m-conf2")
M_USR4 = gmail_mid("m-usr4")
M_DONE = ses_mid("m-done")
REFS = [M_ACK, M_HOLD, M_USR1, M_WRONG, M_CLOSE, M_USR2, M_HOLD2]
KENJI = ("AWS トレーニングと認定", TC)

CONF_TXT = """西村 遥 様

いつもお世話になっております。AWS トレーニングと認定の Kenji です。

統合の対象となるアカウントを以下にまとめました。

アカウント #1
  ログイン メール: h-nishimura@kitaura-sys.co.jp
  トレーニング通知メール: h-nishimura@kitaura-sys.co.jp
  認定通知メール: haruka.nishimura.kt@gmail.com
  候補 ID: AWS02217845

アカウント #2
  ログイン メール: haruka.nishimura.kt@gmail.com
  トレーニング通知メール: haruka.nishimura.kt@gmail.com
  認定通知メール: haruka.nishimura.kt@gmail.com
  候補 ID: AWS04503318

上記 2 つのアカウントがいずれもご本人様のものであること、また統合先を
アカウント #2 とすることでよろしいか、ご確認のうえ本メールにご返信
いただけますでしょうか。ご返信を確認し次第、統合作業を行います。

何卒よろしくお願いいたします。

Kenji T.
AWS トレーニングと認定 カスタマーサービス"""


def _row(k, v):
    return '<tr><td style="padding:4px 10px;background:#f2f3f3">%s</td><td style="padding:4px 10px">%s</td></tr>' % (k, v)


CONF_HTML = """<p>西村 遥 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定の Kenji です。</p>
<p>統合の対象となるアカウントを以下にまとめました。</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;margin-bottom:12px">
<tr><th colspan="2" style="text-align:left;padding:4px 10px">アカウント #1</th></tr>
%s%s%s%s
</table>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><th colspan="2" style="text-align:left;padding:4px 10px">アカウント #2</th></tr>
%s%s%s%s
</table>
<p>上記 2 つのアカウントがいずれもご本人様のものであること、また統合先をアカウント #2
とすることでよろしいか、ご確認のうえ本メールにご返信いただけますでしょうか。
ご返信を確認し次第、統合作業を行います。</p>
<p>何卒よろしくお願いいたします。</p>
<p>Kenji T.<br>AWS トレーニングと認定 カスタマーサービス</p>""" % (
    _row("ログイン メール", ME_C), _row("トレーニング通知メール", ME_C),
    _row("認定通知メール", ME_P), _row("候補 ID", CAND_OLD),
    _row("ログイン メール", ME_P), _row("トレーニング通知メール", ME_P),
    _row("認定通知メール", ME_P), _row("候補 ID", CAND_NEW))

USR3 = """Kenji 様

ご連絡ありがとうございます。
2 つのアカウントはいずれも私のものです。アカウント #2 (AWS04503318) への
統合をお願いいたします。

西村 遥"""


def messages():
    out = []
    t = when("2025-04-02 02:14:27", UTC)
    lift = """西村 遥 様

いつもお世話になっております。AWS トレーニングと認定の Kenji です。

パートナー組織との紐付けが 4 月 1 日付で解除されたことを確認しましたので、
本ケースの保留を解除いたしました。現在、アカウント統合の準備を進めております。

統合の前に、対象アカウントの内容について改めてご確認をお願いする予定です。
準備が整いましたら、あらためてご連絡いたします。

Kenji T.
AWS トレーニングと認定 カスタマーサービス"""
    out.append(mail(t, KENJI, ME_P, subj_tc(CASE_M), text(lift, cte="b64"),
                    label("case_update", False, CASE_M), msgid=M_LIFT, irt=M_HOLD2,
                    refs=REFS, rcv="gmail", auth=AWSAUTH))

    t = when("2025-04-03 01:12:05", UTC)
    out.append(mail(t, KENJI, ME_P, subj_tc(CASE_M), html(wrap_html(CONF_HTML, "ja"), cte="b64"),
                    label("confirmation_request", True, CASE_M, [CAND_OLD, CAND_NEW]),
                    msgid=M_CONF, irt=M_LIFT, refs=REFS + [M_LIFT], rcv="gmail", auth=AWSAUTH))

    t = when("2025-04-03 12:48:31", JST)
    reply_txt = USR3 + "\n\n2025/04/03 10:12, AWS トレーニングと認定 wrote:\n" + q(CONF_TXT)
    orig = mail(t, (ME_NAME, ME_P), (TC_NAME, TC), subj_tc(CASE_M),
                text(reply_txt, cs="iso-2022-jp", cte="7bit", flowed=False),
                label("user_reply", False, CASE_M, [CAND_NEW]), cc=[ME_C], msgid=M_USR3,
                irt=M_CONF, refs=REFS + [M_LIFT, M_CONF],
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")])
    out.append(orig)

    t = when("2025-04-03 12:48:40", JST)
    dsn_txt = """** Address not found **

Your message wasn't delivered to h-nishimura@kitaura-sys.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-nishimura@kitaura-sys.co.jp
not found by SMTP address lookup"""
    dsn_status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 03 Apr 2025 03:48:31 -0700 (PDT)

Final-Recipient: rfc822; h-nishimura@kitaura-sys.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kitaurasys-co-jp.mail.protection.outlook.com. (52.101.229.10)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound"""
    status = Part([("Content-Type", "message/delivery-status")], dsn_status.encode() + b"\n")
    rep = multi("report", [text(dsn_txt, cte="7bit"), status, rfc822(orig["bytes"])], preamble=False)
    rep.headers[0] = ("Content-Type", rep.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    out.append(mail(t, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
                    "Delivery Status Notification (Failure)", rep,
                    label("unrelated", False, CASE_M), msgid=mid("dsn-1", "mx.google.com"),
                    rcv="gmail", extra=[("Auto-Submitted", "auto-replied")]))

    t = when("2025-04-03 07:26:12", UTC)
    conf2 = """Hello Haruka,

I'm picking this up from my colleague to run the merge. Our merge tool lists the
accounts in a different order from the earlier message, so before anything is
changed I'd like a final check against this listing:

Account #1
Login email: haruka.nishimura.kt@gmail.com
Training notification email: haruka.nishimura.kt@gmail.com
Certification notification email: haruka.nishimura.kt@gmail.com

Account #2
Login email: h-nishimura@kitaura-sys.co.jp
Training notification email: h-nishimura@kitaura-sys.co.jp
Certification notification email: haruka.nishimura.kt@gmail.com

If Account #2 should be merged into Account #1, reply "Confirmed" and I'll go
ahead right away.

Best regards,
Marco R.
AWS Training and Certification Customer Service"""
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_M),
                    text(conf2 + "\n\n" + q(USR3), cte="qp"),
                    label("confirmation_request", True, CASE_M), msgid=M_CONF2, irt=M_USR3,
                    refs=REFS + [M_LIFT, M_CONF, M_USR3], rcv="gmail", auth=AWSAUTH, eol="\r\n"))

    t = when("2025-04-03 17:02:55", JST)
    usr4 = """Confirmed. Please merge Account #2 into Account #1 (haruka.nishimura.kt@gmail.com).

Haruka"""
    attr = "On Thu, Apr 3, 2025 at 4:26 PM AWS Training and Certification <%s> wrote:" % TC
    body = multi("alternative", [
        text(usr4 + "\n\n" + attr + "\n" + q(conf2), cte="qp"),
        html('<div dir="ltr">' + usr4.replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">' + attr.replace("<", "&lt;").replace(">", "&gt;") +
             '</div><blockquote class="gmail_quote">' + conf2.replace("\n", "<br>") + '</blockquote></div>', cte="qp"),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_P), (TC_NAME, TC), subj_tc(CASE_M), body,
                    label("user_reply", False, CASE_M), msgid=M_USR4, irt=M_CONF2,
                    refs=REFS + [M_LIFT, M_CONF, M_USR3, M_CONF2]))

    t = when("2025-04-04 00:37:50", UTC)
    done = """西村 遥 様

ご返信ありがとうございます。会社のメールアドレスのアカウントを、個人の
アカウント (haruka.nishimura.kt@gmail.com) に統合いたしました。試験履歴、取得済みの認定、
特典は統合先のアカウントでご確認いただけます。Credly のバッジは数日以内に
新しいアカウントに反映されます。

ほかにご不明な点がございましたら、本メールにご返信ください。

Hello Haruka, I have merged all accounts into the one that uses
haruka.nishimura.kt@gmail.com. If anything looks wrong, just reply to this email.

Kenji T.
AWS トレーニングと認定 カスタマーサービス"""
    hist = ("On 2025/04/03 17:02, Haruka Nishimura <%s> wrote:\n" % ME_P
            + q(usr4 + "\n\n" + attr + "\n" + q(conf2)))
    body = multi("alternative", [
        text(done + "\n\n" + hist, cte="qp"),
        html(wrap_html(done.replace("\n", "<br>\n") + '<br><blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                       + hist.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
                       + "</blockquote>", "ja"), cte="qp"),
    ])
    out.append(mail(t, KENJI, ME_P, subj_tc(CASE_M), body, label("resolved", False, CASE_M),
                    msgid=M_DONE, irt=M_USR4, refs=REFS + [M_LIFT, M_CONF, M_USR3, M_CONF2, M_USR4],
                    rcv="gmail", auth=AWSAUTH))

    t = when("2025-04-04 03:02:10", UTC)
    body = multi("alternative", [
        text("""Hi Haruka,

Amazon Web Services Training and Certification has issued you 2 badges:
 - AWS Certified Solutions Architect - Professional
 - AWS Certified Developer - Associate

Accept them to add them to your Credly profile:
https://www.credly.com/earner/earned?ref=issuer-batch

Credly, Inc. | 2 Bethesda Metro Center, Suite 1300, Bethesda, MD 20814
Unsubscribe: https://www.credly.com/notification_preferences""", cte="7bit"),
        html(wrap_html("""<h1 style="font-size:22px">Hi Haruka, you have 2 new badges</h1>
<p>Amazon Web Services Training and Certification has issued you:</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?ref=issuer-batch">Accept badges</a></p>"""), cte="qp"),
    ])
    out.append(mail(t, ("Credly", "admin@credly.com"), ME_P,
                    "Amazon Web Services Training and Certification sent you 2 badges", body,
                    label("badge", False), msgid=mid("credly-2025a", "credly.com"),
                    rcv="gmail", auth=("credly.com", True, "mg.credly.com", "69.72.33.12")))

    t = when("2025-04-05 15:00:12", UTC)
    srv = """Hello,

Your recent case with AWS Training and Certification (Case ID: 174195546700318)
was recently resolved. Please take two minutes to tell us about your experience.

Start the survey: https://amazonawstc.qualtrics.com/jfe/form/SV_7aXk2?case=174195546700318

The survey closes in 7 days. This mailbox is not monitored, so please do not
reply to this message.

AWS Training and Certification"""
    out.append(mail(t, ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
                    "Tell us about your recent AWS Training and Certification case",
                    multi("alternative", [text(srv, cte="7bit"), html(wrap_html(srv.replace("\n", "<br>\n")), cte="7bit")]),
                    label("survey", False, CASE_M), msgid=ses_mid("m-survey"), rcv="gmail", auth=AWSAUTH))

    t = when("2025-04-07 09:12:44", JST)
    body = multi("alternative", [
        text("""Merged #7 into main.

The workflow "merge-accounts.yml" passed.

--
Reply to this email directly, view it on GitHub:
https://github.com/haruka-n/cert-tracker/pull/7#event-1702234
You are receiving this because you authored the thread.""", cte="7bit"),
        html('<p>Merged <a href="https://github.com/haruka-n/cert-tracker/pull/7">#7</a> into main.</p>'
             '<p>The workflow "merge-accounts.yml" passed.</p>', cte="7bit"),
    ])
    out.append(mail(t, ("Ren Kobayashi", "notifications@github.com"), ("haruka-n/cert-tracker", "cert-tracker@noreply.github.com"),
                    "Re: [haruka-n/cert-tracker] Merge duplicate candidate records before export (PR #7)",
                    body, label("unrelated", False), cc=[("Author", "author@noreply.github.com")],
                    msgid="<haruka-n/cert-tracker/pull/7/issue_event/1702234@github.com>",
                    irt="<haruka-n/cert-tracker/pull/7@github.com>", refs=["<haruka-n/cert-tracker/pull/7@github.com>"],
                    rcv="gmail", auth=("github.com", True, "github.com", "192.30.252.201")))
    return out
