"""Messages, 23 May - 2 June 2025: wrong-address reply, second confirmation, merge done, farewell."""
from gen_common import *  # noqa: F401,F403

WRONG_ADDR_TEXT = f"""Hi Mariko,

Thanks for getting back to me. One snag: your reply came from the hakata-cloudworks.co.jp address, and that address belongs to the accounts that are being merged away. To protect account owners, we only act on a merge confirmation that comes from the e-mail address of the account being kept.

Could you send the same confirmation from {ME_P}? Replying to this message from that address with the subject unchanged is fine.

Best,
Ayesha R.
Certification Operations
"""

SECOND_CONFIRM = f"""Hi Mariko,

Thank you, your confirmation from the Gmail address came through.

One more point before I run the merge, because it can't be undone. Account #3 ({SSO}) was created through Partner Central single sign-on. After the merge, Hakata CloudWorks' partner profile will no longer list any of your certifications, and the SSO sign-in on that account will stop working. Your exam history, your four certifications and the 50% exam benefit will all move to Account #1.

Are you happy for me to go ahead on that basis?

Best,
Ayesha R.
Certification Operations
"""

RESOLVED_A = f"""Hi Mariko,

The merge is complete. Accounts {OLD} and {SSO} have been folded into {NEW}, which is now your only certification account. Signing in with your Builder ID ({ME_P}) shows your full exam history, your four active certifications and the 50% exam benefit.

Credly may e-mail you about your badges over the next day or so; that's expected. Partner-side records catch up within about a week.

I'm marking this case as resolved. If anything looks off, reply within 14 days and it comes straight back to me.

Best,
Ayesha R.
Certification Operations
"""


def m045():
    d = dt("2025-05-23 00:32:48")
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.120") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_C),
        ("Subject", "RE: " + SUBJ_A),
        ("Message-ID", mid_ses("m045")),
        ("In-Reply-To", MID["m044"]),
        ("References", " ".join([MID["m028"], MID["m039"], MID["m043"], MID["m044"]])),
    ]
    add("info_request", True, CASE_A, [], build(hd, leaf(WRONG_ADDR_TEXT)),
        "Support accepts nothing from the old address and asks her to write again from the personal one "
        "(sent only to the company address, a week before it closes).")


def m046():
    d = dt("2025-05-23 12:05:10", JST)
    new = """Hi Ayesha,

Confirming from my personal address: all three accounts in your table are mine. Please keep Account #1 and merge Accounts #2 and #3 into it.

Thanks,
Mariko
"""
    att = f"On Fri, May 23, 2025 at 9:32 AM Amazon Web Services <{TC_FORM}> wrote:"
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME, ME_P)),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Subject", "Re: RE: " + SUBJ_A),
          ("Message-ID", mid_gmail("m046")),
          ("In-Reply-To", MID["m045"]),
          ("References", " ".join([MID["m028"], MID["m039"], MID["m044"], MID["m045"]]))]
    add("user_reply", False, CASE_A, [], build(hd, gmail_parts(new, att, WRONG_ADDR_TEXT, "m046")),
        "Owner's confirmation re-sent from Gmail (the company copy was forwarded to her).")


def m047():
    d = dt("2025-05-23 03:05:33")
    text = f"""This is an automated message.

We have received your reply and added it to case {CASE_A}. An associate will review it shortly; there is no need to send it again.

AWS Training and Certification
"""
    hd = gmail_auth("amazon.com", mailfrom="010f0196ff02bb18@amazonses.com", ip="54.240.27.18") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Subject", "We received your reply"),
        ("Message-ID", mid_ses("m047")),
        ("In-Reply-To", MID["m046"]),
        ("References", " ".join([MID["m028"], MID["m046"]])),
    ]
    add("acknowledgement", False, CASE_A, [], build(hd, leaf(text, cte="7bit")),
        "Automatic receipt of her reply: the subject has no case tag (case only in the body and the "
        "In-Reply-To thread).")


def m048():
    d = dt("2025-05-24 09:30:00", JST)
    body = """各位

お疲れさまです。佐藤です。
5 月末で退職されるリンドクヴィストさんの送別会を下記のとおり開催します。

日時: 5月29日(木)19:00〜
場所: 博多駅筑紫口「炉端 かもめ」
会費: 4,000 円(主役は無料)

出欠を 5月27日(火)までにこのメールへの返信でお知らせください。
※ リンドクヴィストさんは返信不要です。

佐藤
"""
    hd = [("Date", date(d)),
          ("From", addr("佐藤 健太郎", "k.sato@hakata-cloudworks.co.jp", "iso-2022-jp")),
          ("To", "solutions-all@hakata-cloudworks.co.jp"),
          ("Cc", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
          ("Subject", h("【ご案内】リンドクヴィストさん送別会(5/29)", "iso-2022-jp")),
          ("Message-ID", mid_outlook("m048")),
          ("Content-Language", "ja-JP")]
    add("unrelated", False, None, [], build(hd, leaf(body, "iso-2022-jp", "7bit")),
        "Farewell-party invitation (ISO-2022-JP) asking everyone to reply by a date, except her.")


def m049():
    d = dt("2025-05-26 01:48:20")
    text = SECOND_CONFIRM
    htm = "<html><body><div style=\"font-family:Arial;font-size:13px\">" + text_to_html(text) + "</div></body></html>\n"
    hd = gmail_auth("amazon.com", mailfrom="010f01970a1e63c7@amazonses.com", ip="54.240.27.56") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Subject", "RE: " + SUBJ_A),
        ("Message-ID", mid_ses("m049")),
        ("In-Reply-To", MID["m046"]),
        ("References", " ".join([MID["m028"], MID["m039"], MID["m045"], MID["m046"]])),
    ]
    add("confirmation_request", True, CASE_A, [SSO], build(hd, alt(text, htm)),
        "Second confirmation: no table, starts with thanks and consequences, the go-ahead question is the "
        "last sentence ('Are you happy for me to go ahead…?').")


def m050():
    d = dt("2025-05-26 11:02:44", JST)
    new = """Yes, that's fine. Please go ahead.

Mariko
"""
    att = f"On Mon, May 26, 2025 at 10:48 AM Amazon Web Services <{TC_FORM}> wrote:"
    history = SECOND_CONFIRM + f"""
On Fri, May 23, 2025 at 12:05 PM {ME_NAME} <{ME_P}> wrote:
> Hi Ayesha,
>
> Confirming from my personal address: all three accounts in your table are mine. Please keep Account #1 and merge Accounts #2 and #3 into it.
>
> Thanks,
> Mariko
>
> On Fri, May 23, 2025 at 9:32 AM Amazon Web Services <{TC_FORM}> wrote:
""" + quote(quote(WRONG_ADDR_TEXT).replace("> ", "", 0))
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME, ME_P)),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Subject", "Re: RE: " + SUBJ_A),
          ("Message-ID", mid_gmail("m050")),
          ("In-Reply-To", MID["m049"]),
          ("References", " ".join([MID["m028"], MID["m039"], MID["m045"], MID["m046"], MID["m049"]]))]
    add("user_reply", False, CASE_A, [], build(hd, gmail_parts(new, att, history, "m050")),
        "Two-line go-ahead top-posted over a long nested quote that contains both earlier requests.")


def m051():
    d = dt("2025-05-27 00:21:09")
    text = RESOLVED_A + f"""
-----Original Message-----
From: {TC_FORM}
Sent: Monday, May 26, 2025 1:48 AM
To: {ME_P}
Subject: RE: {SUBJ_A}

{SECOND_CONFIRM}"""
    htm = ('<html><body style="font-family:Arial;font-size:13px">' + text_to_html(RESOLVED_A)
           + '<br><div style="border-top:1px solid #ccc;padding-top:6px">-----Original Message-----<br>From: '
           + TC_FORM + '<br>Sent: Monday, May 26, 2025 1:48 AM<br>To: ' + ME_P + '<br>Subject: RE: ' + esc(SUBJ_A)
           + '<br><br>' + text_to_html(SECOND_CONFIRM) + '</div></body></html>\n')
    hd = gmail_auth("amazon.com", mailfrom="010f01970f7d92aa@amazonses.com", ip="54.240.27.56") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Subject", "RE: " + SUBJ_A),
        ("Message-ID", mid_ses("m051")),
        ("In-Reply-To", MID["m050"]),
        ("References", " ".join([MID["m028"], MID["m039"], MID["m046"], MID["m049"], MID["m050"]])),
    ]
    add("resolved", False, CASE_A, [OLD, SSO, NEW], build(hd, alt(text, htm, cte="quoted-printable")),
        "Merge done ('folded into', not 'merged'); '-----Original Message-----' quotes the go-ahead question "
        "underneath; conditional reply-within-14-days invitation.")


def m052():
    d = dt("2025-05-27 00:40:51")
    text = """Hi Mariko,

You have 4 badges from Amazon Web Services Training and Certification waiting for you:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate
  * AWS Certified SysOps Administrator - Associate
  * AWS Certified Cloud Practitioner

These badges were moved to your account after a change to your AWS Certification record. Accept them to keep them on your public profile:
https://www.credly.com/earner/earned

Credly
"""
    htm = "<html><body>" + text_to_html(text) + "</body></html>\n"
    hd = gmail_auth("credly.com", mailfrom="bounces@credly.com", ip="167.89.31.102", sel="s1") + [
        ("Date", date(d)),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "You have 4 badges waiting to be accepted"),
        ("Message-ID", mid_generic("m052", "credly.com")),
    ]
    add("badge", False, None, [], build(hd, alt(text, htm)),
        "Credly mail triggered by the merge minutes earlier ('after a change to your record').")


def m053():
    d = dt("2025-05-28 02:00:13")
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Mariko,</p>
<p>Your recent case with AWS Training and Certification Customer Support has been resolved.</p>
<table style="border:1px solid #d5dbdb" cellpadding="6"><tr><td>Case ID:</td><td>{CASE_A}</td></tr>
<tr><td>Subject:</td><td>[AWS Training and Certification Form Submission] - account-assistance</td></tr></table>
<p><b>How satisfied were you with the support you received?</b></p>
<p>
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=1">1</a> &nbsp;
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=2">2</a> &nbsp;
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=3">3</a> &nbsp;
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=4">4</a> &nbsp;
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=5">5</a></p>
<p>It takes less than a minute, and every answer is read by the team.</p>
<p style="font-size:11px;color:#687078">Please do not reply to this message; replies are not routed to your case.</p>
</body></html>
"""
    hd = gmail_auth("amazon.com", mailfrom="010f0197149ac011@amazonses.com", ip="54.240.27.77") + [
        ("Date", date(d)),
        ("From", "AWS Training and Certification <tc-support-survey@amazon.com>"),
        ("To", ME_P),
        ("Subject", "How did we do? Tell us about your recent support experience"),
        ("Message-ID", mid_ses("m053")),
    ]
    add("survey", False, CASE_A, [], build(hd, leaf(htm, subtype="html", cte="quoted-printable")),
        "Rating survey, HTML-only, no case tag in the subject (case only as 'Case ID:' in a table); "
        "'How satisfied were you…?' is a question but not a case request.")


def m054():
    d = dt("2025-05-28 21:14:30", JST)
    new = f"""Hi Jonas,

FYI: my AWS certifications are now all on my personal certification account, so once I've joined you can link them to the Nordlys partner profile. My candidate ID is {NEW}.

See you on Monday!
Mariko
"""
    fwd = f"""---------- Forwarded message ---------
From: Amazon Web Services <{TC_FORM}>
Date: Tue, May 27, 2025 at 9:21 AM
Subject: RE: {SUBJ_A}
To: <{ME_P}>


{RESOLVED_A}"""
    text = new + "\n" + fwd
    htm = ('<div dir="ltr">' + text_to_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
           + text_to_html(fwd.split("\n\n\n")[0]) + '<br></div><br><br>' + text_to_html(RESOLVED_A) + '</div></div>\n')
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME, ME_P)),
          ("To", "Jonas Berg <jonas.berg@nordlysdata.jp>"),
          ("Subject", "Fwd: RE: " + SUBJ_A),
          ("Message-ID", mid_gmail("m054")),
          ("In-Reply-To", MID["m051"]),
          ("References", " ".join([MID["m028"], MID["m051"]]))]
    add("user_reply", False, CASE_A, [NEW], build(hd, alt(text, htm, boundary="000000000000" + hx("m054", 12))),
        "Owner forwards the resolution to her new manager; only her own line's candidate ID counts, the "
        "forwarded part has three more.")


def m055():
    d = dt("2025-05-29 17:55:02", JST)
    body = f"""各位

ソリューション部のリンドクヴィストです。
5月30日をもちまして退職することとなりました。在職中は大変お世話になりました。

担当していたお客様の環境は佐藤さんに引き継ぎ済みです。
このアドレスは 5/30 18:00 で停止しますので、今後のご連絡は下記までお願いします。
{ME_P}

皆さまのますますのご活躍をお祈りしております。

リンドクヴィスト 真理子
"""
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
          ("To", "all@hakata-cloudworks.co.jp"),
          ("Subject", h("退職のご挨拶", "iso-2022-jp")),
          ("Message-ID", mid_outlook("m055")),
          ("Content-Language", "ja-JP")]
    add("user_reply", False, None, [], build(hd, leaf(body, "iso-2022-jp", "7bit")),
        "Owner's farewell mail to the whole company (ISO-2022-JP), not case mail.")


def m056():
    d = dt("2025-05-29 17:55:40", JST)
    body = """田中です。自動応答でお送りしています。

5月26日(月)から6月2日(月)まで出張のため、メールの確認が遅れます。
急ぎの場合は 090-XXXX-XXXX までご連絡ください。

I am on a business trip until 2 June and will reply when I am back.
"""
    hd = [("Authentication-Results", "spf=pass (sender IP is 40.107.74.90) smtp.mailfrom=hakata-cloudworks.co.jp; dkim=pass (signature was verified) header.d=hakata-cloudworks.co.jp;dmarc=pass action=none header.from=hakata-cloudworks.co.jp;compauth=pass reason=100"),
          ("Date", date(d)),
          ("From", addr("田中 美咲", "m.tanaka@hakata-cloudworks.co.jp")),
          ("To", addr(ME_NAME_JA, ME_C)),
          ("Subject", h("自動応答: 退職のご挨拶")),
          ("Message-ID", mid_outlook("m056")),
          ("In-Reply-To", MID["m055"]),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("Content-Language", "ja-JP")]
    add("unrelated", False, None, [], build(hd, leaf(body)),
        "Out-of-office auto-reply to her farewell mail.")


def m057():
    d = dt("2025-05-30 15:00:00")
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mariko,</p>
<p>As an AWS Certified individual, your experience helps shape future AWS Certification exams. We are looking for practitioners to take a 10-minute survey about the tasks you perform on the job.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/jta-2025?c={NEW}">Take the survey</a></p>
<p>Participation is voluntary and does not affect your certification status.</p>
<p style="font-size:11px;color:#666">You are receiving this because you opted in to 'Lend your voice to AWS Certification'. Candidate: {NEW}</p>
</body></html>
"""
    hd = gmail_auth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="198.2.135.11", sel="cm1") + [
        ("Date", date(d)),
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_P),
        ("Subject", "AWS Certification would like your input"),
        ("Message-ID", mid_generic("m057", "certmetrics.com")),
    ]
    add("certification", False, None, [NEW], build(hd, leaf(htm, subtype="html")),
        "Certification program survey (job-task analysis), not a support-case survey; first mail on the "
        "merged candidate ID.")


def m058():
    d = dt("2025-06-01 09:00:12", JST)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250602T010000Z
DTEND:20250602T030000Z
DTSTAMP:20250601T000012Z
ORGANIZER;CN=Emma Sjöberg:mailto:emma.sjoberg@nordlysdata.jp
UID:2v1q8a0n5kq9f1b3m7c4e6d2h0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_P}:mailto:{ME_P}
SUMMARY:Day 1 orientation
LOCATION:Nordlys Data Fukuoka office, 7F
DESCRIPTION:Laptop pickup\\, accounts\\, partner-profile linking for AWS certifications.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    text = ("Day 1 orientation\nMonday Jun 2, 2025 10am - 12pm (Japan Standard Time)\nNordlys Data Fukuoka office, 7F\n\n"
            "Laptop pickup, accounts, partner-profile linking for AWS certifications.\n\n"
            "Going (mariko.lindqvist.jp@gmail.com)?   Yes - Maybe - No\nInvitation from Google Calendar\n")
    htm = "<html><body>" + text_to_html(text) + "</body></html>\n"
    inner = alt(text, htm, boundary="000000000000a1" + hx("m058a", 10))
    cal = raw_part('text/calendar; charset="UTF-8"; method=REQUEST', ics.encode("utf-8"), cte="7bit")
    top = multi("mixed", [(inner[0], inner[1]), cal,
                          raw_part('application/ics; name="invite.ics"', __import__("base64").encodebytes(ics.encode("utf-8")),
                                   cte="base64", extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])],
                "000000000000b2" + hx("m058b", 10))
    hd = gmail_auth("nordlysdata.jp", mailfrom="emma.sjoberg@nordlysdata.jp", ip="209.85.220.73", sel="google") + [
        ("Date", date(d)),
        ("From", addr("Emma Sjöberg", "emma.sjoberg@nordlysdata.jp")),
        ("To", ME_P),
        ("Subject", "Invitation: Day 1 orientation @ Mon Jun 2, 2025 10am - 12pm (JST) (" + ME_P + ")"),
        ("Message-ID", mid_gmail("m058")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ]
    add("unrelated", False, None, [], build(hd, top),
        "Calendar invitation (multipart/mixed with text/calendar, RSVP) from the new employer.")


def run():
    for f in (m045, m046, m047, m048, m049, m050, m051, m052, m053, m054, m055, m056, m057, m058):
        f()
