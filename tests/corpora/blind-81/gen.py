#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-81). Standard library only.
Writes NNN-m.eml and NNN-m.json next to this script."""
import base64, json, os, quopri, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "tachibana.ryo.89@gmail.com"
ME_C = "ryo.tachibana@kestrel-sys.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

C1 = "7734019285"          # 2021, 10 digits
C2 = "12873340591"         # 2023, 11 digits, console
C3 = "174788301200452"     # 2025 main merge (APN hold, auto-close, reopen)
C4 = "174796255100318"     # 2025 duplicate form submission
C5 = "175012004400771"     # 2025 missing exam record (Japanese)
C6 = "175302117700065"     # 2025 third profile / Credly
C7 = "175460032100918"     # 2025 console, name change

FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def leaf(ctype, text, cs="utf-8", cte="8bit", extra=None):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    hd = ['Content-Type: %s; charset="%s"' % (ctype, cs), "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hd += extra
    return hd, body


def binleaf(ctype, data, filename):
    return (["Content-Type: %s; name=\"%s\"" % (ctype, filename),
             "Content-Disposition: attachment; filename=\"%s\"" % filename,
             "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def multi(sub, parts, n):
    b = "----=_Part_%d_%s" % (n, hashlib.md5(str(n).encode()).hexdigest()[:12])
    out = b""
    for hd, body in parts:
        out += ("--%s\n" % b).encode() + ("\n".join(hd) + "\n\n").encode() + body
        if not out.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode()
    return ['Content-Type: multipart/%s; boundary="%s"' % (sub, b)], out


def auth_gmail(hfrom, mailfrom, dkim="pass", spf="pass", dmarc="pass", dkimdom=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    dkimdom = dkimdom or hfrom
    spfword = {"pass": "designates 54.240.27.%d as permitted sender" % (len(mailfrom) % 200),
               "softfail": "domain of transitioning %s does not designate 185.212.44.9 as permitted sender" % mailfrom,
               "fail": "domain of %s does not designate 185.212.44.9 as permitted sender" % mailfrom}[spf]
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=s%d header.b=Qm%dxZ;\n"
            "       spf=%s (google.com: %s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s) header.from=%s"
            % (dkim, dkimdom, len(dkimdom), len(hfrom) * 7, spf, spfword, mailfrom, dmarc, policy, hfrom))


def auth_m365(hfrom, mailfrom, dkim="pass", dmarc="pass"):
    return ("Authentication-Results: spf=pass (sender IP is 54.240.8.%d)\n"
            " smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass\n"
            " reason=100" % (len(hfrom), mailfrom, dkim, hfrom, dmarc, hfrom))


def mid(n, dom):
    return "<%s.%03d@%s>" % (hashlib.sha1(("b81-%d" % n).encode()).hexdigest()[:20], n, dom)


def add(kind, needs, case, cands, frm, to, subj, date, body, mdom, auth=None, cc=None,
        reply_to=None, refs=None, subj_cs="utf-8", crlf=False, extra=None, note=""):
    n = len(MSGS) + 1
    m_id = mid(n, mdom)
    MIDS[n] = m_id
    hd = []
    if auth:
        hd.append(auth)
    hd.append("Date: " + format_datetime(date))
    hd.append("From: " + frm)
    hd.append("To: " + to)
    if cc:
        hd.append("Cc: " + cc)
    hd.append("Subject: " + h(subj, subj_cs))
    hd.append("Message-ID: " + m_id)
    if refs:
        ids = [MIDS[r] for r in refs]
        hd.append("In-Reply-To: " + ids[-1])
        hd.append("References: " + "\n ".join(ids))
    if extra:
        hd += extra
    hd.append("MIME-Version: 1.0")
    bh, bb = body
    raw = ("\n".join(hd + bh) + "\n\n").encode() + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = "%03d-m" % n
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}, f, ensure_ascii=False)
        f.write("\n")
    MSGS.append((n, kind, needs, case, subj, note))
    return n


def D(y, mo, d, hh, mm, tz=UTC):
    return datetime(y, mo, d, hh, mm, (y * mo * d + hh) % 60, tzinfo=tz)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


def plain(t, cs="utf-8", cte="8bit"):
    return leaf("text/plain", t, cs, cte)


def alt(t, html, n, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", t, cs, cte), leaf("text/html", html, cs, cte)], n)


def htmlize(t):
    import html as H
    paras = t.strip().split("\n\n")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        "<p>" + H.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


AWSN = addr("AWS Training and Certification", FORM)
CONN = addr("Amazon Web Services", CONSOLE)
ME_PN = addr("Ryo Tachibana", ME_P)
ME_CN = addr("Tachibana Ryo", ME_C)
A_FORM_P = lambda: auth_gmail("amazon.com", "0100019a.bounces@amazonses.com".split("@")[1], dkimdom="amazon.com")
A_FORM_C = lambda: auth_m365("amazon.com", "amazonses.com")

CONSOLE_FOOT = """
We value your feedback. You can rate this reply with the stars shown next to it in the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

To reach us again about this case, go back to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you sign in through federation, sign in first and then open the link.)

*Note: this message was sent from an address that does not receive mail. Replies sent to it are not added to your case; use the link above instead.
"""

# ---------------------------------------------------------------- 2021
add("unrelated", False, None, [],
    addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Registration confirmed: Exam Readiness: AWS Certified Solutions Architect - Associate (Digital)",
    D(2021, 4, 12, 6, 40),
    plain("""Hi Ryo,

You're registered for the following course:

  Exam Readiness: AWS Certified Solutions Architect - Associate (Digital)
  Format: Self-paced digital training, approximately 4 hours

You can launch the course at any time from your transcript. If you no longer
need it, please remove it from your transcript so we can keep your
recommendations relevant.

Happy learning,
AWS Training and Certification
https://www.aws.training
"""), "aws.training", auth=auth_gmail("aws.training", "aws.training"),
    note="Training-platform mail with 'please' instruction; not a case.")

t = """立花 様

AWS トレーニングと認定にご連絡いただき、誠にありがとうございます。
お問い合わせを受け付け、以下のとおりケースを作成いたしました。

  ケース ID: %s
  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合

担当者より原則として 24 時間以内にご連絡いたします。内容によっては
調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じご依頼について新しいケースを作成されますと、かえってご案内が
遅れることがございます。ご注意ください。

補足いただける情報がございましたら、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % C1
n_c1_ack = add("acknowledgement", False, C1, [], AWSN, ME_P, FORM_SUBJ % C1, D(2021, 6, 3, 2, 11),
               plain(t, "iso-2022-jp", "7bit"), "email.amazon.com", auth=A_FORM_P(), subj_cs="iso-2022-jp",
               note="Japanese ISO-2022-JP ack; conditional 'がございましたら…ご返信ください' is not an ask.")

n_c1_upd = add("case_update", False, C1, [], AWSN, ME_P, FORM_SUBJ % C1, D(2021, 6, 4, 1, 5),
    plain("""Hello Ryo,

My name is Marisol and I'll be looking after your request from here on.

I can see two certification profiles registered under tachibana.ryo.89@gmail.com
and I've started going through the history on both. Please allow a couple of
business days for this; I'll be in touch as soon as I know more.

Best,
Marisol
AWS Training and Certification Customer Service
"""), "email.amazon.com", auth=A_FORM_P(), refs=[n_c1_ack],
    note="Progress note with 'Please allow…' and a promise to write again; asks nothing.")

c1_req = """Hello Ryo,

Thanks for your patience while I looked into this.

Both profiles use the same email address, so our tools can't tell them apart by
email alone, and I can't go further until I know exactly which records we are
talking about. What I need is the candidate ID of each profile. It is the
identifier starting with AWS followed by eight digits, shown in the top-right
corner after you sign in to your certification account. Send both of them in
a reply to this email.

Regards,
Marisol
AWS Training and Certification Customer Service
"""
n_c1_req = add("info_request", True, C1, [], AWSN, ME_P, FORM_SUBJ % C1, D(2021, 6, 4, 15, 12),
               plain(c1_req), "email.amazon.com", auth=A_FORM_P(), refs=[n_c1_ack, n_c1_upd],
               note="Ask for candidate IDs after an explanation; no 'please'; 'What I need is…' phrasing; ID format described, no real ID.")

t = """Marisol さん

ご連絡ありがとうございます。
Here are the candidate IDs of the two profiles:

- AWS05566172 (試験履歴があるのはこちら / this one has my exam history)
- AWS03310498 (created by mistake, I think)

よろしくお願いします。
立花 亮

2021年6月5日(土) 0:12 AWS Training and Certification <%s>:
%s
""" % (FORM, quote(c1_req))
n_c1_rep1 = add("user_reply", False, C1, ["AWS05566172", "AWS03310498"], ME_PN, AWSN,
                "Re: " + FORM_SUBJ % C1, D(2021, 6, 5, 9, 14, JST), plain(t), "mail.gmail.com",
                refs=[n_c1_ack, n_c1_upd, n_c1_req],
                note="User reply, Japanese/English mix, Gmail-JP quote header, two candidate IDs.")

c1_conf = """立花 様

候補 ID をお知らせいただき、ありがとうございました。
いただいた情報をもとに、以下の 2 つのアカウントを確認いたしました。

Account #1
  候補 ID: AWS05566172
  ログイン メール: tachibana.ryo.89@gmail.com
  トレーニング通知メール: tachibana.ryo.89@gmail.com
  認定通知メール: tachibana.ryo.89@gmail.com

Account #2
  候補 ID: AWS03310498
  ログイン メール: tachibana.ryo.89@gmail.com
  トレーニング通知メール: (未設定)
  認定通知メール: tachibana.ryo.89@gmail.com

統合を行いますと、Account #2 の試験履歴・認定・特典はすべて Account #1 へ
移り、Account #2 はご利用いただけなくなります。

上記の内容にて Account #1 を残す形で統合を進めてよろしいか、ご確認のうえ
ご返信いただけますでしょうか。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
c1_html = ("<html><body><p>立花 様</p><p>候補 ID をお知らせいただき、ありがとうございました。<br>"
           "いただいた情報をもとに、以下の 2 つのアカウントを確認いたしました。</p>"
           "<p><b>Account #1</b><br>候補 ID: AWS05566172<br>ログイン メール: tachibana.ryo.89@gmail.com<br>"
           "トレーニング通知メール: tachibana.ryo.89@gmail.com<br>認定通知メール: tachibana.ryo.89@gmail.com</p>"
           "<p><b>Account #2</b><br>候補 ID: AWS03310498<br>ログイン メール: tachibana.ryo.89@gmail.com<br>"
           "トレーニング通知メール: (未設定)<br>認定通知メール: tachibana.ryo.89@gmail.com</p>"
           "<p>統合を行いますと、Account #2 の試験履歴・認定・特典はすべて Account #1 へ移り、"
           "Account #2 はご利用いただけなくなります。</p>"
           "<p>上記の内容にて Account #1 を残す形で統合を進めてよろしいか、ご確認のうえご返信いただけますでしょうか。</p>"
           "<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>")
n_c1_conf = add("confirmation_request", True, C1, ["AWS05566172", "AWS03310498"], AWSN, ME_P, FORM_SUBJ % C1,
                D(2021, 6, 7, 3, 30), alt(c1_conf, c1_html, 6), "email.amazon.com", auth=A_FORM_P(),
                refs=[n_c1_ack, n_c1_upd, n_c1_req, n_c1_rep1],
                note="Japanese keigo confirmation with Account #1/#2 listing, multipart/alternative quoted-printable.")

t = """佐々木様

内容を確認しました。問題ありません。
Account #1(AWS05566172)を残して統合をお願いします。

立花

2021年6月7日(月) 12:30 AWS Training and Certification <%s>:
%s
""" % (FORM, quote(c1_conf))
n_c1_rep2 = add("user_reply", False, C1, ["AWS05566172"], ME_PN, AWSN, "Re: " + FORM_SUBJ % C1,
                D(2021, 6, 7, 19, 2, JST), plain(t), "mail.gmail.com",
                refs=[n_c1_ack, n_c1_upd, n_c1_req, n_c1_rep1, n_c1_conf],
                note="Japanese confirmation by the user; quoted request below contains both IDs (only AWS05566172 is new text).")

t = """Hi Ryo,

Apologies for the wait - our queue has been heavier than usual this week.

The merge is finished. Exam history, certifications and benefits from the
duplicate profile are now all under AWS05566172, and the duplicate has been
deactivated. If your Credly badges look out of date, give them a day; they
normally catch up without anything from you.

Kind regards,
Tomasz
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, June 7, 2021 3:30 AM
To: tachibana.ryo.89@gmail.com
Subject: %s

%s
""" % (FORM, FORM_SUBJ % C1, c1_conf)
add("resolved", False, C1, ["AWS05566172"], AWSN, ME_P, FORM_SUBJ % C1, D(2021, 6, 11, 8, 47), plain(t),
    "email.amazon.com", auth=A_FORM_P(), refs=[n_c1_ack, n_c1_upd, n_c1_req, n_c1_rep1, n_c1_conf, n_c1_rep2],
    note="Completion without the word 'merged all'; Outlook-quoted Japanese confirmation request below it.")

t = """Hi Ryo,

Amazon Web Services Training and Certification has sent you a badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to show it on your profile and share it with your network:
https://www.youracclaim.com/badges/5f0c2e1a-77b4-4d0e-9a3b-2c8e41d6a0f7/accept

The Acclaim team
"""
add("badge", False, None, [], addr("Acclaim", "admin@youracclaim.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge", D(2021, 6, 11, 9, 20),
    alt(t, htmlize(t), 9), "youracclaim.com", auth=auth_gmail("youracclaim.com", "youracclaim.com"),
    note="Old Acclaim sender; 'Accept your badge' call to action is not a reply to support.")

t = """Dear AWS Certified individual,

AWS Certification wants to hear from you. We are running a short survey about
your experience with the certification program, from preparing for the exam to
using your credential at work.

The survey takes about 10 minutes and closes on October 8, 2021.
Take the survey: https://www.certmetrics.com/amazon/survey/?s=cert2021q3

Thank you,
AWS Certification
"""
add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", D(2021, 9, 20, 17, 0), plain(t), "certmetrics.com",
    auth=auth_gmail("certmetrics.com", "certmetrics.com"),
    note="Feedback invitation with a closing date; certification notice, no reply needed.")

# ---------------------------------------------------------------- 2023
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: $3.87

Account ID: 482910337261
Invoice number: 1187342905
Billing period: January 1 - January 31, 2023

You can see a complete break-down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.
"""
add("unrelated", False, None, [], CONN, ME_P, "Amazon Web Services Billing Statement Available [Account: 482910337261]",
    D(2023, 2, 2, 4, 15), plain(t), "amazon.com", auth=A_FORM_P(),
    note="Same sender as console cases; 12-digit account ID and a 10-digit invoice number that is not a case.")

c2_ack = """Dear Customer,

We have received your support case. Here are the details:

Case ID: %s
Subject: 50%% exam discount voucher missing after certification account merge
Severity: General guidance
Correspondence: In 2021 two of my certification profiles were merged. I passed
an exam in March 2021 and should have a 50%% discount benefit, but it does not
appear on my Benefits page.

You can view or add to this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

*This message was sent from an address that does not receive mail.
""" % (C2, C2)
n_c2_ack = add("acknowledgement", False, C2, [], CONN, ME_P, "Amazon Web Services: New Support case: %s" % C2,
               D(2023, 3, 8, 5, 2), plain(c2_ack), "amazon.com", auth=A_FORM_P(),
               note="Console 'New Support case' mail, 11-digit case; link with displayId.")

c2_req = """Hello,

Thank you for reaching out about the missing benefit.

I checked both your current profile and the one that was merged into it in
2021. Our benefits records show a 50% discount voucher that was created after
your March 2021 exam, but it isn't attached to either profile at the moment.
This usually happens when the exam that earned the voucher was taken under the
profile that was later merged away.

To trace it I'll need two things from you: the exact date of the exam that
earned the voucher, and a screenshot of your Benefits page as it looks now.
Attach both to this case.

Best regards,
Priya S.
Amazon Web Services
"""
n_c2_req = add("info_request", True, C2, [], CONN, ME_P, "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C2,
               D(2023, 3, 9, 1, 44), plain(c2_req + CONSOLE_FOOT.format(case=C2)), "amazon.com", auth=A_FORM_P(),
               note="Console request buried after explanation, 'I'll need two things'; must be answered in Support Center; rating footer.")

n_c2_close = add("closing_notice", True, C2, [], CONN, ME_P,
                 "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C2,
                 D(2023, 3, 13, 2, 20), plain("""Hello,

Just checking in on this one. On March 9 I asked for the exam date and a
screenshot of your Benefits page, and nothing has come in on the case yet.

Cases that are waiting on the customer are resolved automatically after a few
days, and this one is getting close to that point. If you'd still like us to
look for the voucher, add a reply to the case in the Support Center and it
will stay open.

Priya S.
Amazon Web Services
""" + CONSOLE_FOOT.format(case=C2)), "amazon.com", auth=A_FORM_P(),
                 note="Console closing reminder phrased as 'just checking in'; auto-resolve threatened, no date.")

add("case_update", False, C2, [], CONN, ME_P, "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C2,
    D(2023, 3, 14, 6, 5), plain("""Hello,

Thanks for the screenshot and the exam date (March 2, 2021).

You were right: the voucher was generated under the profile that was folded
into yours, and the merge did not carry it across. I've started moving it to
your current profile. This is a manual step on our side and it should show up
within a day; I'll write again once it's there.

Priya S.
Amazon Web Services
""" + CONSOLE_FOOT.format(case=C2)), "amazon.com", auth=A_FORM_P(),
    note="Progress news with a timing promise; footer 'To reach us again…' is boilerplate.")

add("resolved", False, C2, [], CONN, ME_P, "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C2,
    D(2023, 3, 15, 3, 31), plain("""Hello,

The voucher is now on your current profile; you'll find it under Benefits with
its original expiry date.

As that was the only open item, I'm marking this case as resolved. Should the
voucher not show up after all, you can reopen the case from the Support Center
within 14 days of resolution. After that, a new case would be needed.

Priya S.
Amazon Web Services
""" + CONSOLE_FOOT.format(case=C2)), "amazon.com", auth=A_FORM_P(),
    note="Resolution with a 14-day reopen window (looks like an auto-close notice but the request was done).")

t = """Case ID: %s

Your recent AWS Support case was resolved. Would you spend two minutes telling
us how it went?

How satisfied were you with the support you received?
  Very dissatisfied  https://aws-support-survey.amazon.com/r?c=%s&s=1
  Dissatisfied       https://aws-support-survey.amazon.com/r?c=%s&s=2
  Neutral            https://aws-support-survey.amazon.com/r?c=%s&s=3
  Satisfied          https://aws-support-survey.amazon.com/r?c=%s&s=4
  Very satisfied     https://aws-support-survey.amazon.com/r?c=%s&s=5

Thank you,
AWS Support
""" % ((C2,) * 6)
add("survey", False, C2, [], CONN, ME_P, "Tell us about your recent AWS Support experience", D(2023, 3, 16, 10, 0),
    alt(t, htmlize(t), 17), "amazon.com", auth=A_FORM_P(),
    note="Stand-alone survey for the console case; case number only in 'Case ID:' line.")

t = """Dear Ryo Tachibana,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for
your records.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Saturday, April 22, 2023  10:00 JST
Delivery: OnVUE online proctored
Registration ID: 431907285
Candidate ID: AWS05566172

Please start the check-in 30 minutes before your appointment. To reschedule or
cancel, sign in to your AWS Certification account at least 24 hours before the
appointment.

Pearson VUE
"""
add("unrelated", False, None, ["AWS05566172"], addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_P,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    D(2023, 4, 2, 11, 8), plain(t), "pearson.com", auth=auth_gmail("pearson.com", "pearson.com"),
    note="Exam-vendor mail: 9-digit registration ID (not a case), candidate ID in own text, 'please' instructions.")

t = """Congratulations, Ryo!

You have successfully recertified your AWS Certified Solutions Architect -
Associate credential. Your new expiration date is August 14, 2025.

Your digital badge will be updated on Credly within a few days, and your
updated certificate is available in your AWS Certification account.

AWS Certification
"""
add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", D(2023, 5, 10, 21, 3),
    alt(t, htmlize(t), 19, cte="base64"), "certmetrics.com", auth=auth_gmail("certmetrics.com", "certmetrics.com"),
    note="Recertification notice, base64 multipart.")

t = """Congratulations, Ryo!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional.

View and share your badge:
https://www.credly.com/badges/9c1e4b2a-0d3f-4b7e-8a51-6f2d90c3e1ab

The Credly Team
"""
add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P,
    "Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
    D(2023, 5, 11, 2, 40), alt(t, htmlize(t), 20), "credly.com", auth=auth_gmail("credly.com", "credly.com"),
    note="Credly badge mail with UUID.")

# ---------------------------------------------------------------- 2025
t = """Hello Ryo,

Your AWS Certified Solutions Architect - Associate certification expires on
August 14, 2025.

To keep it active, recertify before that date by passing the current version
of the exam or a higher-level exam in the same path. Your 50% discount benefit
can be used for the recertification exam.

Manage your certifications: https://www.aws.training/certification

AWS Certification
"""
add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification expires in 90 days", D(2025, 4, 2, 0, 5), plain(t), "certmetrics.com",
    auth=auth_gmail("certmetrics.com", "certmetrics.com"),
    note="Expiry deadline given as a date; not a closing notice.")

add("unrelated", False, None, [], addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", D(2025, 5, 20, 12, 51), plain("""Hello,

Enter this code to verify your email address for AWS Builder ID:

    604218

The code expires in 10 minutes. If you did not try to create an AWS Builder ID,
you can ignore this message.

Amazon Web Services
"""), "signin.aws", auth=auth_gmail("signin.aws", "signin.aws"),
    note="Builder ID one-time code (6 digits).")

c3_ack = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request
has been logged as case %s.

Case details
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description: I am leaving Kestrel Systems at the end of May and want to move
my certification account (ryo.tachibana@kestrel-sys.co.jp) into my personal
account (tachibana.ryo.89@gmail.com).

Someone from our team normally gets back to you within one business day,
though some requests take longer. Opening a second case for the same request
won't speed things up and may delay it.

Should you think of anything else we ought to know, just reply to this message.

AWS Training and Certification Customer Service
""" % (C3, C3)
n_c3_ack = add("acknowledgement", False, C3, [], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 5, 22, 3, 4),
               alt(c3_ack, htmlize(c3_ack), 23), "email.amazon.com", auth=A_FORM_P(),
               note="15-digit case ack; 'just reply' invitation is conditional.")

c3_req1 = """Hi Ryo,

Thanks for the details. I've found a certification account registered to
ryo.tachibana@kestrel-sys.co.jp and your personal one under
tachibana.ryo.89@gmail.com.

To protect account holders, we only act on a merge when the request reaches us
from the email address registered on the account that is going to be merged
away. Your form came from the Gmail address, so I need to hear from the company
mailbox as well: reply to this email from ryo.tachibana@kestrel-sys.co.jp and
keep the case number in the subject line. One line saying that you asked for
the merge is enough.

Thanks,
Daniel
AWS Training and Certification
"""
n_c3_req1 = add("info_request", True, C3, [], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 5, 22, 8, 30),
                plain(c3_req1), "email.amazon.com", auth=A_FORM_P(), refs=[n_c3_ack],
                note="Asks the user to write again from the other (company) address; imperative, no 'please'.")

t = """立花 亮 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ご依頼をケース %s としてお受けいたしました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者より、通常 1 営業日以内にご連絡を差し上げます。
同一のご依頼で複数のケースを作成されますと、ご案内が遅れる場合がございます。

ご不明な点がございましたら、本メールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % (C4, C4)
n_c4_ack = add("acknowledgement", False, C4, [], AWSN, ME_C, FORM_SUBJ % C4, D(2025, 5, 23, 1, 10),
               plain(t, "shift_jis", "8bit"), "email.amazon.com", auth=A_FORM_C(), crlf=True,
               note="Duplicate submission from the company address: second ack, Shift_JIS, CRLF, Microsoft 365 headers.")

t = """Hi Daniel,

This is Ryo Tachibana writing from my company address as you asked. I confirm
that I requested the merge of the certification account under this address
into my personal account (tachibana.ryo.89@gmail.com).

I also sent the contact form again from this address this morning before I
saw your mail, sorry - please ignore that one.

Best regards,
Ryo Tachibana
Kestrel Systems Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, May 22, 2025 5:30 PM
To: tachibana.ryo.89@gmail.com
Subject: %s

%s
""" % (FORM, FORM_SUBJ % C3, c3_req1)
n_c3_rep1 = add("user_reply", False, C3, [], ME_CN, AWSN, "RE: " + FORM_SUBJ % C3, D(2025, 5, 23, 11, 15, JST),
                plain(t), "kestrel-sys.co.jp", refs=[n_c3_ack, n_c3_req1], crlf=True,
                extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdnKq3b2Yt0xL4sQR1mUeZ"],
                note="User reply from the company address (wrong-address follow-up), Outlook quoting, CRLF; mentions the duplicate.")

add("resolved", False, C4, [], AWSN, ME_C, FORM_SUBJ % C4, D(2025, 5, 23, 5, 40), plain("""立花 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定の山本でございます。

本ケース(%s)は、先にお受けしているケース %s と同一のご依頼であることを
確認いたしました。今後のご対応は、ケース %s にて担当者が引き続き行います
ので、本ケースはこれをもちましてクローズとさせていただきます。

本ケースにつきまして、お客様にご対応いただく必要はございません。

山本
AWS トレーニングと認定 カスタマーサービス
""" % (C4, C3, C3)), "email.amazon.com", auth=A_FORM_C(), refs=[n_c4_ack], crlf=True,
    note="Duplicate case closed in Japanese; mentions the other case number three times; nothing to do.")

n_c3_hold = add("on_hold", True, C3, [], AWSN, ME_C, FORM_SUBJ % C3, D(2025, 5, 23, 6, 2), plain("""Hi Ryo,

Thanks for writing from the company address - that part is sorted.

While preparing the merge I found that the certification account under
ryo.tachibana@kestrel-sys.co.jp is associated with an AWS Partner Network
organisation (Kestrel Systems Co., Ltd.). Accounts linked to a partner count
towards that partner's certification totals, so we don't move them out while
the person still works there; the association first has to be released by our
APN team. I've put the merge on hold for now.

Before I can ask the APN team to release it: are you leaving Kestrel Systems,
and if so, what is your last working day?

Daniel
AWS Training and Certification
"""), "email.amazon.com", auth=A_FORM_C(), cc=ME_P, refs=[n_c3_ack, n_c3_req1, n_c3_rep1], crlf=True,
    note="APN partner hold that ends in bare questions (leaving? last day?) -> on_hold that asks.")
c3_hold_text = None

add("unrelated", False, None, [], addr("Kenji Sato", "notifications@github.com"), ME_C,
    "Re: [kestrel-sys/infra-terraform] Add cert-manager module (PR #412)", D(2025, 5, 23, 7, 10),
    plain("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-sys/infra-terraform/pull/412#event-17733920451
You are receiving this because you were mentioned.
"""), "github.com", auth=auth_m365("github.com", "github.com"), crlf=True,
    note="GitHub 'Merged' notification with 'Reply to this email'.")

t = """Hi Daniel,

Yes, I am leaving. My last working day at Kestrel Systems is 30 May 2025, and
this mailbox will be closed after that, so please use tachibana.ryo.89@gmail.com
from now on.

Regards,
Ryo

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, May 23, 2025 3:02 PM
To: Tachibana Ryo <%s>
Cc: tachibana.ryo.89@gmail.com
Subject: %s

Hi Ryo,

Thanks for writing from the company address - that part is sorted.
[...]
Before I can ask the APN team to release it: are you leaving Kestrel Systems,
and if so, what is your last working day?
""" % (FORM, ME_C, FORM_SUBJ % C3)
n_c3_rep2 = add("user_reply", False, C3, [], ME_CN, AWSN, "RE: " + FORM_SUBJ % C3, D(2025, 5, 23, 18, 0, JST),
                plain(t), "kestrel-sys.co.jp", refs=[n_c3_ack, n_c3_req1, n_c3_rep1, n_c3_hold], crlf=True,
                extra=["X-Mailer: Microsoft Outlook 16.0"],
                note="User answer (leaving date) with 'please use' wording; Outlook top-post.")

n_c3_hold2 = add("on_hold", False, C3, [], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 5, 23, 12, 40), plain("""Hi Ryo,

Thank you, that's what I needed.

I've passed the case to the APN team together with your leaving date so they
can release the partner association. They usually turn these around in three
to five business days. The case stays on hold until they're done, and I'll
write to your Gmail address as soon as I hear back. You don't need to do
anything in the meantime.

Daniel
AWS Training and Certification
"""), "email.amazon.com", auth=A_FORM_P(), cc=ME_C, refs=[n_c3_ack, n_c3_req1, n_c3_rep1, n_c3_hold, n_c3_rep2],
    note="APN hold that asks nothing and gives timing ('three to five business days').")

t = """立花さん

Partner Central 側のユーザー解除、対応しておきました。FYI です。
最終日までお疲れさまでした。

森

________________________________
From: AWS Partner Central <no-reply@partnercentral.awspartner.com>
Sent: Monday, May 26, 2025 10:03
To: aiko.mori@kestrel-sys.co.jp
Subject: AWS Partner Central: user removed from Kestrel Systems Co., Ltd.

Hello Alliance Lead,

The following user has been removed from your AWS Partner Central account:
  ryo.tachibana@kestrel-sys.co.jp

Certifications held by this user will no longer count towards your
organization's totals. No further action is required.

AWS Partner Network
"""
add("unrelated", False, None, [], addr("森 愛子", "aiko.mori@kestrel-sys.co.jp"), ME_C,
    "FW: AWS Partner Central: user removed from Kestrel Systems Co., Ltd.", D(2025, 5, 26, 10, 20, JST),
    plain(t), "kestrel-sys.co.jp", auth=auth_m365("kestrel-sys.co.jp", "kestrel-sys.co.jp"), crlf=True,
    note="Colleague forwards an APN Partner Central notice: APN wording but not the support case.")

t = """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Training &amp; Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Dear Certification Holder,</p>
<p>We received a request to merge your AWS Certification accounts. For your security, the merge must be
confirmed within <b>48 hours</b>. If it is not confirmed, the request will be cancelled and certifications on
the secondary account may be permanently lost.</p>
<p style="text-align:center"><a href="http://aws-certsupport.com/merge/confirm?u=ryo.tachibana" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Confirm merge</a></p>
<p>AWS Certification Support Team</p>
</td></tr></table></body></html>
"""
add("suspicious", False, None, [], addr("AWS Certification Support", "support@aws-certsupport.com"), ME_P,
    "[Action Required] Confirm your certification account merge", D(2025, 5, 27, 14, 12),
    leaf("text/html", t, "utf-8", "quoted-printable"), "aws-certsupport.com",
    auth=auth_gmail("aws-certsupport.com", "aws-certsupport.com", policy="p=NONE sp=NONE dis=NONE"),
    note="Lookalike domain asking to 'confirm the merge' while a real merge is pending; passes its own DKIM.")

add("case_update", False, C3, [], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 5, 28, 7, 25), plain("""Hi Ryo,

Good news: the APN team has released the partner association on the Kestrel
Systems account, so the hold is lifted.

Next I'll line up both profiles for the merge. You'll get a summary of the two
accounts from me, probably tomorrow, to look over before anything is changed.

Daniel
AWS Training and Certification
"""), "email.amazon.com", auth=A_FORM_P(), refs=[n_c3_ack, n_c3_req1, n_c3_rep1, n_c3_hold, n_c3_rep2, n_c3_hold2],
    note="Hold lifted, future 'to look over' step announced; nothing to do now.")

c3_conf_rows = [("Candidate ID", "AWS05566172", "AWS08812340"),
                ("Login email", ME_P, ME_C),
                ("Training notification email", ME_P, ME_C),
                ("Certification notification email", ME_P, ME_C),
                ("Partner association", "None", "Released 2025-05-28")]
t = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
     "<p>Hi Ryo,</p><p>Here are the two accounts I'll be working with:</p>"
     "<table cellpadding=\"6\" cellspacing=\"0\" border=\"1\" style=\"border-collapse:collapse\">"
     "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in c3_conf_rows) +
     "</table><p>Account #2 would be merged into Account #1, and its login would stop working afterwards. "
     "Is Account #1 the one you want to keep?</p><p>Daniel<br>AWS Training and Certification</p></body></html>\n")
n_c3_conf = add("confirmation_request", True, C3, ["AWS05566172", "AWS08812340"], AWSN, ME_P, FORM_SUBJ % C3,
                D(2025, 5, 29, 0, 12), leaf("text/html", t, "utf-8", "quoted-printable"), "email.amazon.com",
                auth=A_FORM_P(), refs=[n_c3_ack, n_c3_req1, n_c3_rep1, n_c3_hold, n_c3_rep2, n_c3_hold2],
                note="HTML-only table Account #1/#2; confirmation asked as a bare question, no 'confirm'/'please'.")
c3_conf_text = """Hi Ryo,

Here are the two accounts I'll be working with:

                                  Account #1                   Account #2
Candidate ID                      AWS05566172                  AWS08812340
Login email                       tachibana.ryo.89@gmail.com   ryo.tachibana@kestrel-sys.co.jp
Training notification email       tachibana.ryo.89@gmail.com   ryo.tachibana@kestrel-sys.co.jp
Certification notification email  tachibana.ryo.89@gmail.com   ryo.tachibana@kestrel-sys.co.jp
Partner association               None                         Released 2025-05-28

Account #2 would be merged into Account #1, and its login would stop working
afterwards. Is Account #1 the one you want to keep?

Daniel
AWS Training and Certification"""

t = """立花 様

TaskLoom サポートセンターでございます。
お問い合わせ #48213(CSV エクスポートが途中で止まる件)につきまして、
調査のため、エラー発生時のブラウザのバージョンをお知らせいただけますでしょうか。

なお、3 営業日以内にご返信がない場合、本お問い合わせは自動的にクローズ
されます。クローズ後もこのメールにご返信いただければ再開いたします。

TaskLoom サポートセンター
"""
add("unrelated", False, None, [], addr("TaskLoom サポート", "support@taskloom.jp", "shift_jis"), ME_C,
    "[TaskLoom] お問い合わせ #48213 について", D(2025, 5, 30, 2, 0), plain(t, "shift_jis", "base64"),
    "taskloom.jp", auth=auth_m365("taskloom.jp", "taskloom.jp"), subj_cs="shift_jis", crlf=True,
    note="Other vendor's Japanese info request + auto-close warning (Shift_JIS base64); not AWS.")

t = """Hi Ryo,

Just checking in - did the account summary below reach you? I can't move on
until I know which account stays.

I'll keep the case open until June 10, 2025. If I haven't heard from you by
then it will be closed, but a reply at any point before that keeps it going.

Daniel
AWS Training and Certification

On Thu, May 29, 2025 at 12:12 AM AWS Training and Certification <%s> wrote:
%s
""" % (FORM, quote(c3_conf_text))
n_c3_nudge = add("closing_notice", True, C3, [], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 6, 3, 5, 48), plain(t),
                 "email.amazon.com", auth=A_FORM_P(), refs=[n_c3_ack, n_c3_conf],
                 note="Polite nudge with a calendar deadline, top-posted over the quoted table (IDs only in quote).")

t = """Hello,

We were not able to verify ownership of the accounts in your merge request. To
prevent your case from being closed, sign in and verify your details within
24 hours:

https://aws-training-verify.net/case/174881224400719/verify

Case ID: 174881224400719

Regards,
AWS Training and Certification Customer Service
"""
add("suspicious", False, None, [], AWSN, ME_P, FORM_SUBJ % "174881224400719", D(2025, 6, 5, 9, 33),
    alt(t, htmlize(t), 38), "mailer.bulk-sendr.net",
    auth=auth_gmail("amazon.com", "mailer.bulk-sendr.net", dkim="fail", spf="softfail", dmarc="fail", dkimdom="amazon.com"),
    extra=["Return-Path: <bounce@mailer.bulk-sendr.net>"],
    note="Real-looking sender and subject format, but DKIM/DMARC fail; fake case number and closing threat.")

t = ("<html><body style=\"font-family:Arial,sans-serif\">"
     "<h3 style=\"color:#232f3e\">Your case has been closed</h3>"
     "<p>Hello Ryo,</p>"
     "<p>Today, June 11, 2025, we closed the case below because we did not receive an answer to our last message.</p>"
     "<table border=\"0\" cellpadding=\"4\"><tr><td><b>Case ID</b></td><td>%s</td></tr>"
     "<tr><td><b>Status</b></td><td>Closed - no customer response</td></tr>"
     "<tr><td><b>Can be reopened until</b></td><td>June 25, 2025</td></tr></table>"
     "<p>Still need the merge? Answer this email before June 25 and the case reopens with the same agent. "
     "After that date a new request through the contact form will be required.</p>"
     "<p>AWS Training and Certification Customer Service</p></body></html>\n") % C3
n_c3_closed = add("closing_notice", True, C3, [], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 6, 11, 0, 30),
                  leaf("text/html", t, "utf-8", "base64"), "email.amazon.com", auth=A_FORM_P(),
                  refs=[n_c3_ack, n_c3_conf, n_c3_nudge],
                  note="Already auto-closed, HTML-only base64 table with reopen window; replying reopens.")

t = """Hello Daniel,

Sorry, your mails ended up in a folder I don't check often. Yes - please keep
Account #1 (AWS05566172, my Gmail address) and merge the old Kestrel account
into it.

Thanks,
Ryo Tachibana
"""
n_c3_rep3 = add("user_reply", False, C3, ["AWS05566172"], ME_PN, AWSN, "Account merge - sorry for the late reply",
                D(2025, 6, 11, 21, 40, JST), plain(t), "mail.gmail.com", cc=ME_C,
                refs=[n_c3_ack, n_c3_conf, n_c3_nudge, n_c3_closed],
                note="User confirmation with a new subject: case only via In-Reply-To/References; CCs the dead company box.")

add("unrelated", False, None, [], ME_CN, ME_P, "Automatic reply: Account merge - sorry for the late reply",
    D(2025, 6, 11, 12, 41), plain("""Thank you for your email.

Ryo Tachibana left Kestrel Systems on 30 May 2025 and this mailbox is no longer
monitored. For business matters, please contact info@kestrel-sys.co.jp.

立花は 2025 年 5 月 30 日付で退職いたしました。本メールアドレスは現在確認されて
おりません。ご用件は info@kestrel-sys.co.jp までご連絡ください。
"""), "kestrel-sys.co.jp", auth=auth_gmail("kestrel-sys.co.jp", "kestrel-sys.co.jp", policy="p=NONE sp=NONE dis=NONE"),
    refs=[n_c3_rep3], extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], crlf=True,
    note="Out-of-office from the owner's own old address, threaded to the case reply; not written by the person.")

n_c3_reopen = add("case_update", False, C3, [], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 6, 12, 0, 5), plain("""Hello,

We received your reply, and case %s has been reopened.

It is back with our team and you'll hear from us soon. There's nothing else
you need to do right now.

AWS Training and Certification Customer Service
""" % C3), "email.amazon.com", auth=A_FORM_P(), refs=[n_c3_closed, n_c3_rep3],
    note="Automated reopen notice; no ask.")

t = """Hi Ryo,

No problem at all, thanks for coming back to me.

I've merged the Kestrel Systems account into Account #1 (AWS05566172). Your
exam history, active certifications and the remaining 50%% discount benefit are
all there now, and the old login has been retired. Credly may send you a few
mails about your badges over the next day or so; that's expected.

That wraps up the request on our side.

Daniel
AWS Training and Certification

How did we do? A one-minute survey: https://survey.aws-training-support.amazon.com/s/%s

On Tue, Jun 3, 2025 at 5:48 AM AWS Training and Certification <%s> wrote:
> Hi Ryo,
>
> Just checking in - did the account summary below reach you? I can't move on
> until I know which account stays.
> [...]
%s
""" % (C3, FORM, quote(c3_conf_text, "> > "))
n_c3_done = add("resolved", False, C3, ["AWS05566172"], AWSN, ME_P, FORM_SUBJ % C3, D(2025, 6, 12, 3, 30),
                plain(t, "utf-8", "quoted-printable"), "email.amazon.com", auth=A_FORM_P(),
                refs=[n_c3_ack, n_c3_conf, n_c3_nudge, n_c3_closed, n_c3_rep3, n_c3_reopen],
                note="Completion over quoted nudge + quoted confirmation question; survey link footer.")

t = """Hi Ryo,

Amazon Web Services Training and Certification has issued you 3 badges.
Your badges are now in your Credly wallet under tachibana.ryo.89@gmail.com:

  AWS Certified Solutions Architect - Professional
  AWS Certified Solutions Architect - Associate
  AWS Certified Developer - Associate

View your badges: https://www.credly.com/users/ryo-tachibana/badges

The Credly Team
"""
add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P,
    "You've been issued 3 badges by Amazon Web Services Training and Certification", D(2025, 6, 12, 4, 2),
    alt(t, htmlize(t), 44), "credly.com", auth=auth_gmail("credly.com", "credly.com"),
    note="Credly mail right after the merge.")

t = """Case ID: %s

Hello Ryo,

Your recent request to AWS Training and Certification has been completed. We'd
like to know how satisfied you were with the help you received.

Rate your experience (1 = poor, 5 = excellent):
https://survey.aws-training-support.amazon.com/s/%s

The survey takes about one minute and is open for 7 days.

AWS Training and Certification Customer Experience
""" % (C3, C3)
add("survey", False, C3, [], addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    "Your opinion on case %s" % C3, D(2025, 6, 13, 6, 0), alt(t, htmlize(t), 45), "amazon.com", auth=A_FORM_P(),
    note="Survey with case number in subject; 'open for 7 days' timing.")

t = """AWS Summit Japan 2025 - sessions now available on demand

Missed a session? More than 150 breakout sessions from AWS Summit Japan are now
available to watch on demand. Register with your AWS Builder ID to start
watching.

Register now: https://aws.amazon.com/jp/summits/japan/

To unsubscribe, click here.
Amazon Web Services Japan G.K.
"""
add("unrelated", False, None, [], addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025: sessions now on demand", D(2025, 6, 14, 1, 0), alt(t, htmlize(t), 46), "amazon.com",
    auth=A_FORM_P(), note="AWS marketing with calls to action.")

# ---------------------------------------------------------------- C5 (Japanese)
t = """立花 亮 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 試験履歴

通常、1 営業日以内に担当者よりご連絡いたします。内容によっては、さらに
お時間を頂戴する場合がございます。
重複してケースを作成されますと、ご案内が遅れる原因となります。

追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % C5
n_c5_ack = add("acknowledgement", False, C5, [], AWSN, ME_P, FORM_SUBJ % C5, D(2025, 6, 17, 0, 28),
               alt(t, htmlize(t), 47, cte="base64"), "email.amazon.com", auth=A_FORM_P(),
               note="Japanese ack, UTF-8 base64 multipart; conditional reply invitation.")

c5_req = """立花 様

お問い合わせいただき、ありがとうございます。担当の林でございます。

ご指摘の件について確認いたしましたところ、2019 年に受験された試験の記録が、
2025 年 6 月 12 日に統合されたいずれのアカウントにも紐づいていない状態で
ございました。当時は複数の受験システムが並行して稼働しており、システム移行の
際に記録が別の受験者プロファイルに残ってしまう事例がまれにございます。

記録を特定するため、受験日および試験名、ならびに可能であればスコアレポート
画面のスクリーンショットを、本メールへの返信にてご提供いただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

林
AWS トレーニングと認定 カスタマーサービス
"""
n_c5_req = add("info_request", True, C5, [], AWSN, ME_P, FORM_SUBJ % C5, D(2025, 6, 18, 2, 15), plain(c5_req),
               "email.amazon.com", auth=A_FORM_P(), refs=[n_c5_ack],
               note="Japanese keigo ask (date, exam name, screenshot) after a long explanation; UTF-8 8bit.")

add("unrelated", False, None, [], addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "AWS Skill Builder 個人サブスクリプションのお支払い確認", D(2025, 6, 20, 3, 0), plain("""立花 亮 様

AWS Skill Builder 個人サブスクリプションをご利用いただき、ありがとうございます。
以下の内容でお支払いを受け付けました。

注文番号: 1143-208877
プラン: 個人サブスクリプション(月額)
金額: USD 29.00
次回更新日: 2025 年 7 月 20 日

サブスクリプションの管理は、Skill Builder のアカウント設定から行えます。

AWS トレーニングと認定
"""), "aws.training", auth=auth_gmail("aws.training", "aws.training"),
    note="Japanese Skill Builder receipt with a renewal date.")

t = """立花 様

いつもお世話になっております。AWS トレーニングと認定の林でございます。

6 月 18 日にお送りしたご案内につきまして、その後いかがでしょうか。

お忙しいところ恐縮ではございますが、2025 年 6 月 30 日までにご返信を確認
できない場合、本ケースはいったんクローズとさせていただきます。ご返信を
いただければ、引き続き調査を進めてまいります。

林
AWS トレーニングと認定 カスタマーサービス
"""
n_c5_close = add("closing_notice", True, C5, [], AWSN, ME_P, FORM_SUBJ % C5, D(2025, 6, 23, 5, 2),
                 plain(t, "iso-2022-jp", "7bit"), "email.amazon.com", auth=A_FORM_P(), subj_cs="iso-2022-jp",
                 refs=[n_c5_ack, n_c5_req],
                 note="Japanese gentle reminder ('その後いかがでしょうか') with a date deadline; ISO-2022-JP.")

t = """林様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

受験日: 2019年11月16日
試験名: AWS Certified Developer - Associate

スコアレポートのスクリーンショットを添付します。
よろしくお願いいたします。

立花 亮

2025年6月23日(月) 14:02 AWS Training and Certification <%s>:
%s
""" % (FORM, quote(t))
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
n_c5_rep1 = add("user_reply", False, C5, [], ME_PN, AWSN, "Re: " + FORM_SUBJ % C5, D(2025, 6, 24, 8, 30, JST),
                multi("mixed", [plain(t), binleaf("image/png", png, "score_report_2019.png")], 51), "mail.gmail.com",
                refs=[n_c5_ack, n_c5_req, n_c5_close],
                note="Japanese user reply with PNG attachment, quoting the reminder.")

add("on_hold", False, C5, [], AWSN, ME_P, FORM_SUBJ % C5, D(2025, 6, 25, 1, 40), plain("""立花 様

スクリーンショットをご提供いただき、ありがとうございました。

いただいた情報をもとに、当時の試験配信事業者である Pearson VUE へ記録の
照会を行っております。先方からの回答を待つ間、本ケースは保留とさせて
いただきます。

現時点でお客様にご対応いただくことはございません。進捗がございましたら、
改めてこちらからご連絡いたします。

林
AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "quoted-printable"), "email.amazon.com", auth=A_FORM_P(), refs=[n_c5_ack, n_c5_req, n_c5_close, n_c5_rep1],
    note="Japanese hold waiting on the exam vendor; says explicitly nothing is needed.")

n_c5_hold2 = add("on_hold", True, C5, [], AWSN, ME_P, FORM_SUBJ % C5, D(2025, 6, 30, 4, 10), plain("""立花 様

Pearson VUE からの回答は引き続き待っている状況のため、本ケースは保留の
ままとなっております。

なお先方より、照会を早めるため、当時の試験登録 ID(9 桁の番号で、予約確認
メールに記載されています)があれば確認したいとの連絡がございました。
お手元に当時のメールが残っておりましたら、その番号をお知らせいただけます
でしょうか。見つからない場合は、その旨のみご返信いただければ結構です。

林
AWS トレーニングと認定 カスタマーサービス
"""), "email.amazon.com", auth=A_FORM_P(), refs=[n_c5_ack, n_c5_req, n_c5_rep1],
    note="Japanese hold that still asks (old registration ID, or say it's not found).")

t = """林様

当時の予約確認メールが見つかりました。
試験登録 ID は 318840276 です。

立花

2025年6月30日(月) 13:10 AWS Training and Certification <%s>:
> 立花 様
>
> Pearson VUE からの回答は引き続き待っている状況のため、本ケースは保留の
> ままとなっております。
""" % FORM
n_c5_rep2 = add("user_reply", False, C5, [], ME_PN, AWSN, "Re: " + FORM_SUBJ % C5, D(2025, 6, 30, 20, 5, JST),
                plain(t), "mail.gmail.com", refs=[n_c5_ack, n_c5_req, n_c5_rep1, n_c5_hold2],
                note="Japanese user reply carrying a 9-digit registration ID (not a case number).")

t = """立花 様

大変お待たせいたしました。

Pearson VUE より回答があり、2019 年 11 月 16 日に受験された AWS Certified
Developer - Associate の記録を、お客様のアカウント(AWS05566172)へ移行
いたしました。試験履歴のページにてご確認いただけます。

以上をもちまして、本件の対応は完了となります。

ご不明な点がございましたら、本メールにご返信ください。

林
AWS トレーニングと認定 カスタマーサービス
"""
add("resolved", False, C5, ["AWS05566172"], AWSN, ME_P, FORM_SUBJ % C5, D(2025, 7, 4, 6, 20),
    alt(t, htmlize(t), 55, cte="base64"), "email.amazon.com", auth=A_FORM_P(),
    refs=[n_c5_ack, n_c5_req, n_c5_rep1, n_c5_hold2, n_c5_rep2],
    note="Japanese completion with conditional 'ご不明な点がございましたら…ご返信ください'.")

t = """Hello Ryo,

Help shape the next generation of AWS Certification exams. As an AWS Certified
professional, you're invited to join the AWS Certification Subject Matter
Expert (SME) program and take part in item-writing and review workshops.

Apply by July 31, 2025: https://www.certmetrics.com/amazon/sme/apply

AWS Certification
"""
add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Lend your voice to AWS Certification", D(2025, 7, 5, 16, 0), plain(t), "certmetrics.com",
    auth=auth_gmail("certmetrics.com", "certmetrics.com"),
    note="Certification program invitation with an 'apply by' date.")

# ---------------------------------------------------------------- C6
n_c6_ack = add("acknowledgement", False, C6, [], AWSN, ME_P, FORM_SUBJ % C6, D(2025, 7, 20, 14, 20), plain("""We've got your message.

Case ID: %s
Status: Open

Our customer service team aims to respond within 24 hours. Submitting the same
request again will create a duplicate case.

- AWS Training and Certification
""" % C6), "email.amazon.com", auth=A_FORM_P(), note="Very short ack, no greeting.")

c6_req = """Hello Ryo,

Thank you for flagging the missing badges.

When I looked at the profiles linked to your details, I found a third
certification account you may not know about: AWS09914032, created in 2023
through a Partner Central sign-in with your old Kestrel Systems address.
Credly is currently connected to that profile, which is why badges earned on
AWS05566172 aren't showing up.

The fix is to fold AWS09914032 into your main account AWS05566172, as we did
last month. Could you confirm you're happy for us to merge it? Also, send me a
screenshot of your Credly wallet as it looks today so I can compare afterwards.

Kind regards,
Ngozi
AWS Training and Certification Customer Service
"""
n_c6_conf = add("confirmation_request", True, C6, ["AWS09914032", "AWS05566172"], AWSN, ME_P, FORM_SUBJ % C6,
                D(2025, 7, 21, 14, 2), alt(c6_req, htmlize(c6_req), 58), "email.amazon.com", auth=A_FORM_P(),
                refs=[n_c6_ack],
                note="Asks both: approve the merge AND send a screenshot; the merge approval is the main ask.")

t = """<html><body>
<div style="max-width:560px;font-family:Helvetica">
<img src="https://credly-badges.net/img/logo.png" alt="Credly">
<p>Hi Ryo,</p>
<p>Your AWS badges are on hold because we could not match them to a verified certification account.
Verify your account within 3 days to keep your badges public.</p>
<p><a href="https://credly-badges.net/verify?id=ryo-tachibana">Verify now</a></p>
<p>Credly Support</p></div></body></html>
"""
add("suspicious", False, None, [], addr("Credly", "admin@credly-badges.net"), ME_P,
    "Your AWS badges are on hold - verify your account", D(2025, 7, 21, 18, 45),
    leaf("text/html", t, "utf-8", "quoted-printable"), "credly-badges.net",
    auth=auth_gmail("credly-badges.net", "credly-badges.net", policy="p=NONE sp=NONE dis=NONE"),
    note="Lookalike Credly domain, 'on hold' wording and a deadline.")

t = """Hi Ngozi,

Yes, please go ahead and merge AWS09914032 into AWS05566172. Screenshot
attached.

Thanks,
Ryo

On Mon, Jul 21, 2025 at 11:02 PM AWS Training and Certification <%s> wrote:
%s
""" % (FORM, quote(c6_req))
n_c6_rep1 = add("user_reply", False, C6, ["AWS09914032", "AWS05566172"], ME_PN, AWSN, "Re: " + FORM_SUBJ % C6,
                D(2025, 7, 22, 7, 40, JST), plain(t), "mail.gmail.com", refs=[n_c6_ack, n_c6_conf],
                note="User approval that says 'attached' but has no attachment.")

n_c6_req2 = add("info_request", True, C6, [], AWSN, ME_P, FORM_SUBJ % C6, D(2025, 7, 22, 1, 5), plain("""Hello Ryo,

Thanks for the go-ahead - noted, and I'll get the merge started.

The screenshot doesn't seem to have made it, though; your message reached me
without an attachment. Mind sending it again? A JPG or PNG is fine, or you can
paste it straight into the body of the email.

Ngozi
AWS Training and Certification Customer Service
"""), "email.amazon.com", auth=A_FORM_P(), refs=[n_c6_ack, n_c6_conf, n_c6_rep1],
    note="Acknowledges the confirmation, then asks again for the screenshot with 'Mind sending it again?'.")

t = """Sorry about that - here it is.

Ryo

On Tue, Jul 22, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:
> Hello Ryo,
>
> Thanks for the go-ahead - noted, and I'll get the merge started.
""" % FORM
n_c6_rep2 = add("user_reply", False, C6, [], ME_PN, AWSN, "Re: " + FORM_SUBJ % C6, D(2025, 7, 22, 12, 15, JST),
                multi("mixed", [plain(t), binleaf("image/png", png, "credly_wallet.png")], 62), "mail.gmail.com",
                refs=[n_c6_ack, n_c6_conf, n_c6_rep1, n_c6_req2], note="Short user reply with PNG attachment.")

add("on_hold", False, C6, ["AWS09914032", "AWS05566172"], AWSN, ME_P, FORM_SUBJ % C6, D(2025, 7, 23, 9, 0), plain("""Hello Ryo,

The merge of AWS09914032 into AWS05566172 is done on our side.

What's left is a resync on the Credly side, which only their integration team
can trigger. I've raised it with them and the case is on hold until they
confirm. Once they do, I'll close this case - you don't need to reply to this
message.

Ngozi
AWS Training and Certification Customer Service
"""), "email.amazon.com", auth=A_FORM_P(), refs=[n_c6_ack, n_c6_conf, n_c6_rep1, n_c6_req2, n_c6_rep2],
    note="Hold on a third party that mentions closing the case later; asks nothing.")

add("unrelated", False, None, [], addr("CloudVault Support", "support@cloudvault.io"), ME_P,
    "Case 00412398 closed: Restore job fails with timeout", D(2025, 7, 25, 16, 30), plain("""Hi Ryo,

We haven't heard back from you, so we've closed case 00412398.

If the restore job still fails, reply to this email within 7 days and the case
will be reopened automatically.

CloudVault Support
"""), "cloudvault.io", auth=auth_gmail("cloudvault.io", "cloudvault.io"),
    note="Other vendor's no-response closure with reopen window; not AWS.")

t = """Hello Ryo,

Credly has confirmed the resync: all of your badges now appear in the wallet
linked to tachibana.ryo.89@gmail.com.

No further action is required on your part, and this case is now closed.

Ngozi
AWS Training and Certification Customer Service
"""
add("resolved", False, C6, [], AWSN, ME_P, FORM_SUBJ % C6, D(2025, 7, 28, 3, 15), alt(t, htmlize(t), 65),
    "email.amazon.com", auth=A_FORM_P(), refs=[n_c6_ack, n_c6_conf, n_c6_rep1, n_c6_req2, n_c6_rep2],
    note="'No further action is required' + 'this case is now closed'.")

t = """Hi Ryo,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate.

Accept it and add it to your profile:
https://www.credly.com/badges/3a7d5e90-14c2-4f6b-b8e3-0f9a6c21d4b7

The Credly Team
"""
add("badge", False, None, [], addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification issued you a new badge", D(2025, 7, 28, 3, 50),
    alt(t, htmlize(t), 66), "credly.com", auth=auth_gmail("credly.com", "credly.com"),
    note="Credly badge issued after the resync.")

# ---------------------------------------------------------------- C7 console
n_c7_ack = add("acknowledgement", False, C7, [], CONN, ME_P, "Amazon Web Services: New Support case: %s" % C7,
               D(2025, 8, 7, 20, 59), plain("""Dear Customer,

Thank you for contacting AWS Support. We've created case %s for you:

Case ID: %s
Subject: Change the name printed on my certificates
Severity: General guidance

Follow the progress of your case here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

*This message was sent from an address that does not receive mail.
""" % (C7, C7, C7)), "amazon.com", auth=A_FORM_P(), note="Console ack, 15-digit case.")

add("info_request", True, C7, [], CONN, ME_P, "RE:[CASE %s] Change the name printed on my certificates" % C7,
    D(2025, 8, 8, 6, 30), plain("""Hello,

I can update the name on your certification profile, but the new name has to
match a government-issued ID.

Please upload a photo or scan of your ID to this case (the name and photo must
be readable; you may cover the ID number), and confirm the exact spelling you
want printed, including whether the family name should come first.

Best regards,
Marco
Amazon Web Services
""" + CONSOLE_FOOT.format(case=C7)), "amazon.com", auth=A_FORM_P(), refs=[n_c7_ack],
    note="Console ask (upload ID + 'confirm' spelling - a confirm that is not a merge choice); reply only via Support Center.")

n_c7_close = add("closing_notice", True, C7, [], CONN, ME_P, "RE:[CASE %s] Change the name printed on my certificates" % C7,
                 D(2025, 8, 14, 7, 0), plain("""Hello,

We haven't received an answer to our message of August 8, so case %s has
been resolved automatically.

If you still need the name change, you can reopen the case from the Support
Center within the next 14 days by adding a reply. After that it can no longer
be reopened and a new case would be needed.

Amazon Web Services
""" % C7 + CONSOLE_FOOT.format(case=C7)), "amazon.com", auth=A_FORM_P(),
                 note="Console case already auto-resolved for no answer, with 14-day reopen window.")

add("case_update", False, C7, [], CONN, ME_P, "Amazon Web Services: Case %s has been reopened" % C7,
    D(2025, 8, 15, 0, 12), plain("""Dear Customer,

Your support case %s has been reopened. A support engineer will review your
latest correspondence and respond.

Case ID: %s
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services
""" % (C7, C7, C7)), "amazon.com", auth=A_FORM_P(), note="Console reopen notice; no ask.")

add("resolved", False, C7, [], CONN, ME_P, "RE:[CASE %s] Change the name printed on my certificates" % C7,
    D(2025, 8, 18, 2, 45), plain("""Hello,

Thanks for the ID and the spelling. Your profile now shows RYO TACHIBANA, and
certificates you download from today on will carry that name. Badges on Credly
pick up the change within a day or two.

I'm resolving this case now.

Best regards,
Marco
Amazon Web Services
""" + CONSOLE_FOOT.format(case=C7)), "amazon.com", auth=A_FORM_P(),
    note="Console resolution with rating footer and 'To reach us again' link.")

add("unrelated", False, None, [], addr("AWS Builder ID", "no-reply@login.awsapps.com"), ME_P,
    "AWS Builder ID の確認コード", D(2025, 8, 20, 11, 7), plain("""こんにちは

AWS Builder ID へのサインインを続けるには、次の確認コードを入力してください。

確認コード: 718204

このコードの有効期限は 10 分間です。お心当たりのない場合は、このメールを
無視してください。

Amazon Web Services
""", "utf-8", "base64"), "login.awsapps.com", auth=auth_gmail("awsapps.com", "login.awsapps.com"),
    subj_cs="utf-8", note="Japanese Builder ID code (6 digits), base64.")

add("suspicious", False, None, [], addr("Credly", "admin@credly.com"), ME_P,
    "Action required: your AWS badges will be revoked", D(2025, 8, 22, 22, 10), plain("""Hi Ryo,

Because your AWS Certification accounts were recently merged, your badges must
be re-verified. Reply to this email with your candidate ID and a photo of your
ID within 48 hours, or the badges will be revoked.

Credly Support
"""), "credly.com", auth=auth_gmail("credly.com", "smtp-relay.vps-host.ru", dkim="none", spf="fail", dmarc="fail",
                                    dkimdom="credly.com", policy="p=REJECT sp=REJECT dis=NONE"),
    extra=["Reply-To: credly.verify@outlook-mailer.com"],
    note="Genuine Credly From address but DMARC fails; asks for ID by reply.")

add("certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Reminder: your 50% exam discount benefit expires on September 30, 2025", D(2025, 9, 1, 0, 10), plain("""Hello Ryo,

This is a reminder that your 50% exam discount benefit expires on September
30, 2025. You can apply it when you schedule your next exam from your AWS
Certification account.

AWS Certification
"""), "certmetrics.com", auth=auth_gmail("certmetrics.com", "certmetrics.com"),
    note="Benefit expiry reminder with a date; not a case reminder.")

t = """【AWS トレーニングと認定】9 月のニュースレター

・新しい AWS Certified AI Practitioner の学習プランを公開しました
・Skill Builder に日本語のハンズオンラボを 12 本追加しました
・AWS Jam イベントの参加登録を受付中です

詳しくはこちら: https://aws.amazon.com/jp/training/

配信停止をご希望の場合は、こちらから手続きしてください。
"""
add("unrelated", False, None, [], addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS トレーニングと認定】9 月のニュースレター", D(2025, 9, 3, 1, 0), alt(t, htmlize(t), 75, cte="base64"),
    "amazon.com", auth=A_FORM_P(), note="Japanese AWS T&C newsletter.")

add("unrelated", False, None, [], addr("Lumenlogs Support", "help@lumenlogs.io"), ME_P,
    "[Request #1029384] Solved: Cannot export dashboard to PDF", D(2025, 9, 10, 13, 0), plain("""Hi Ryo,

We've marked your request #1029384 as solved. If the problem comes back, reply
to this email within 14 days and we'll reopen it.

How would you rate the support you received? Good / Bad

Lumenlogs Support
"""), "lumenlogs.io", auth=auth_gmail("lumenlogs.io", "lumenlogs.io"),
    note="Other vendor's solved notice with reopen window and rating.")

# ---------------------------------------------------------------- C8 (new duplicate profile)
C8 = "175790412300266"
n_c8_ack = add("acknowledgement", False, C8, [], AWSN, ME_P, FORM_SUBJ % C8, D(2025, 9, 15, 2, 43),
               alt("""Hello,

Thank you for contacting AWS Training and Certification.

Case ID: %s
Inquiry type: Certification / Account Merge

We'll review your request and get back to you, usually within 24 hours. There
is no need to submit the form again for this request.

If you want to add screenshots or other details, you can reply to this email.

AWS Training and Certification Customer Service
""" % C8, htmlize("""Hello,

Thank you for contacting AWS Training and Certification.

Case ID: %s
Inquiry type: Certification / Account Merge

We'll review your request and get back to you, usually within 24 hours. There
is no need to submit the form again for this request.

If you want to add screenshots or other details, you can reply to this email.

AWS Training and Certification Customer Service""" % C8), 77), "email.amazon.com", auth=A_FORM_P(),
               note="Ack inviting optional screenshots ('you can reply') - optional, not an ask.")

c8_conf = """立花様

AWS トレーニングと認定の小川です。
お調べしたところ、以下の 2 つのアカウントが見つかりました。

Account #1
  候補 ID: AWS05566172
  ログイン: tachibana.ryo.89@gmail.com(2021 年作成)
Account #2
  候補 ID: AWS11029384
  ログイン: tachibana.ryo.89@gmail.com(2025 年 9 月 12 日作成、AWS Builder ID 経由)

どちらか一方に統合します。残すほうのアカウントを番号でご返信ください。

小川
AWS トレーニングと認定 カスタマーサービス
"""
n_c8_conf = add("confirmation_request", True, C8, ["AWS05566172", "AWS11029384"], AWSN, ME_P, FORM_SUBJ % C8,
                D(2025, 9, 16, 5, 5), plain(c8_conf), "email.amazon.com", auth=A_FORM_P(), refs=[n_c8_ack],
                note="Plain Japanese 'ください' asking which account to keep, by number; no '確認' keyword.")

t = """Hi Ryo,

A courtesy reminder that we're still waiting for your answer to my colleague's
message below about which account to keep.

If we don't hear from you within 5 business days of this message, we'll take
it that the merge is no longer needed and close the case. You're welcome to
answer at any time before then.

Best,
Hannah
AWS Training and Certification Customer Service

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, September 16, 2025 5:05 AM
To: tachibana.ryo.89@gmail.com
Subject: %s

%s
""" % (FORM, FORM_SUBJ % C8, c8_conf)
n_c8_close = add("closing_notice", True, C8, [], AWSN, ME_P, FORM_SUBJ % C8, D(2025, 9, 22, 4, 0),
                 alt(t, htmlize(t), 79), "email.amazon.com", auth=A_FORM_P(), refs=[n_c8_ack, n_c8_conf],
                 note="'Courtesy reminder' in English over a quoted Japanese request; 5-business-day deadline; IDs only in quote.")

t = """小川様、Hannah様

ご連絡が遅くなりすみません。Account #1 を残してください。

立花

2025年9月22日(月) 13:00 AWS Training and Certification <%s>:
%s
""" % (FORM, quote(t))
n_c8_rep = add("user_reply", False, C8, [], ME_PN, AWSN, "Re: " + FORM_SUBJ % C8, D(2025, 9, 22, 19, 30, JST),
               plain(t), "mail.gmail.com", refs=[n_c8_ack, n_c8_conf, n_c8_close],
               note="Terse Japanese choice 'Account #1 を残してください' - the user's imperative is not support's ask.")

add("resolved", False, C8, [], AWSN, ME_P, FORM_SUBJ % C8, D(2025, 9, 23, 1, 20), plain("""Hi Ryo,

Done - Account #2 has been merged into Account #1. Nothing else is needed from
you.

If you have any other questions, feel free to reply to this email.

Hannah
AWS Training and Certification Customer Service
"""), "email.amazon.com", auth=A_FORM_P(), refs=[n_c8_ack, n_c8_conf, n_c8_close, n_c8_rep],
    note="Terse completion with an optional 'feel free to reply'.")

if __name__ == "__main__":
    import sys
    if "--table" in sys.argv:
        for n, kind, needs, case, subj, note in MSGS:
            print("| %03d | %s | %s | %s | %s |" % (n, kind, "yes" if needs else "no", case or "-", note))
    else:
        print("wrote %d messages to %s" % (len(MSGS), OUT))
