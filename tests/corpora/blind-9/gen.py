#!/usr/bin/env python3
"""Generate blind held-out corpus blind-9 (stdlib only). Writes NNN-slug.eml / .json beside this file."""
import base64, hashlib, json, os, quopri, datetime
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_NAME = "Kenta Morioka"
ME = "kenta.morioka.88@gmail.com"
CO = "k-morioka@nishikaze-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

MSGS = []
MIDS = {}

def d(s, tz=UTC):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

def auth(to, dom, dkim="pass", spf="pass", dmarc="pass"):
    if to.endswith("gmail.com"):
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=sel2024 header.b=Qx3f9aLk;\n"
                "       spf=%s (google.com: domain of bounces@%s designates 54.240.8.41 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
                % (dkim, dom, spf, dom, dom, dmarc, "QUARANTINE", "QUARANTINE", dom))
    return ("spf=%s (sender IP is 54.240.13.77)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (spf, dom, dkim, dom, dmarc, dom, "pass" if dmarc == "pass" else "fail"))

def hdr(v, cs):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs if cs not in ("utf-8",) else "utf-8").encode()

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, a) if "," in name or "." in name else "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def enc_part(text, ctype, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)
    return h.encode("ascii"), body.rstrip(b"\n") + b"\n"

def build(m):
    cs = m.get("cs", "utf-8")
    cte = m.get("cte") or ("7bit" if cs == "iso-2022-jp" else "8bit")
    hcs = cs if cs in ("iso-2022-jp", "shift_jis") else "utf-8"
    lines = []
    if m.get("auth", True):
        lines.append("Authentication-Results: " + (m["auth"] if isinstance(m.get("auth"), str) else auth(m["to_addr"], m["from_addr"].split("@")[1])))
    lines.append("Return-Path: <%s>" % m.get("return_path", m["from_addr"]))
    lines.append("Message-ID: %s" % m["mid"])
    lines.append("Date: %s" % format_datetime(m["date"]))
    lines.append("From: %s" % addr(m.get("from_name"), m["from_addr"], hcs))
    lines.append("To: %s" % m["to"])
    if m.get("cc"):
        lines.append("Cc: %s" % m["cc"])
    lines.append("Subject: %s" % hdr(m["subject"], hcs))
    if m.get("irt"):
        lines.append("In-Reply-To: %s" % m["irt"])
    if m.get("refs"):
        lines.append("References: %s" % m["refs"])
    for k, v in m.get("extra", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    text, html = m.get("text"), m.get("html")
    if text is not None and html is not None:
        b = "==_b9_alt_%03d" % m["n"]
        lines.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        out = ("\n".join(lines) + "\n\nThis is a multi-part message in MIME format.\n").encode("ascii")
        for body, ct in ((text, "text/plain"), (html, "text/html")):
            h, bb = enc_part(body, ct, cs, m.get("html_cte", cte) if ct == "text/html" else cte)
            out += ("--%s\n" % b).encode() + h + b"\n" + bb
        out += ("--%s--\n" % b).encode()
    else:
        body, ct = (text, "text/plain") if text is not None else (html, "text/html")
        h, bb = enc_part(body, ct, cs, cte)
        out = ("\n".join(lines) + "\n").encode("ascii") + h + b"\n" + bb
    out = out.replace(b"\r\n", b"\n")
    if m.get("crlf"):
        out = out.replace(b"\n", b"\r\n")
    return out

def msg(key, slug, kind, needs, case, cands, frm, to_addr, subject, date, text=None, html=None,
        reply_to_key=None, from_name=None, to_name=None, refs_keys=None, **kw):
    n = len(MSGS) + 1
    dom = frm.split("@")[1]
    tok = hashlib.sha1(("blind9:" + key).encode()).hexdigest()
    mid = "<%s%s.%s@%s>" % ("CAF" if dom == "gmail.com" else "0100019", tok[:24], date.strftime("%Y%m%d%H%M%S"),
                               "mail.gmail.com" if dom == "gmail.com" else ("email.amazonses.com" if "amazon" in dom or "aws" in dom else dom))
    MIDS[key] = mid
    m = dict(n=n, mid=mid, from_addr=frm, from_name=from_name, to_addr=to_addr,
             to=addr(to_name, to_addr) if to_name else to_addr, subject=subject, date=date,
             text=text, html=html)
    if reply_to_key:
        m["irt"] = MIDS[reply_to_key]
        chain = [MIDS[k] for k in (refs_keys or [])] + [MIDS[reply_to_key]]
        seen = []
        for c in chain:
            if c not in seen:
                seen.append(c)
        m["refs"] = "\n ".join(seen)
    m.update(kw)
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    MSGS.append((n, slug, m, label))

def quote_gmail(when, who, text):
    return "%s %s wrote:\n%s" % (when, who, "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")))

def quote_outlook(frm, sent, to, subj, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subj, text))

def quote_jp(when, who, text):
    return "%s %s:\n%s" % (when, who, "\n".join("> " + l for l in text.rstrip("\n").split("\n")))

def tc_subj(case, re="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, case)

def write_all():
    for n, slug, m, label in MSGS:
        base = os.path.join(OUT, "%03d-%s" % (n, slug))
        with open(base + ".eml", "wb") as f:
            f.write(build(m))
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")

# ---------------------------------------------------------------- messages
# ============ batch 1: February — case E (11 digits), duplicate accounts on the personal address
E = "51230098417"
D = "174159032700418"
B = "174159121800927"
F = "174306301200561"
C = "9183456720"
G = "60218847730"
A = "174478215300364"
H = "73390152846"

msg("bill-feb", "aws-billing-invoice", "unrelated", False, None, [],
    "aws-billing@amazon.com", ME, "Amazon Web Services Invoice Available [Account: 402918375566]",
    d("2025-02-03 03:12"), from_name="Amazon Web Services",
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.84

Account number: 402918375566
Invoice number: 2089374465

You can see a complete break down of all charges on the Billing & Cost Management page.
If you have questions about this invoice, please contact AWS Customer Service.

Thank you for using Amazon Web Services.
Sincerely,
Amazon Web Services
""", cte="quoted-printable")

msg("recert-due", "certmetrics-recert-due", "certification", False, None, ["AWS51873390"],
    "do-not-reply@certmetrics.com", ME, "Your AWS Certification expires in 90 days",
    d("2025-02-04 14:00"), from_name="AWS Certification",
    html="""<html><body style="font-family:Arial">
<p>Hello Kenta Morioka,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification (Validation Number 8Q1LKXW2DJ4E1K3S) will expire on <b>May 05, 2025</b>.</p>
<table border="1" cellpadding="4"><tr><th>Candidate ID</th><td>AWS51873390</td></tr>
<tr><th>Certification</th><td>AWS Certified Solutions Architect - Associate</td></tr>
<tr><th>Expiration</th><td>2025-05-05</td></tr></table>
<p>To keep your certification active, please complete the recertification requirements before the expiration date. Visit your AWS Certification Account to schedule an exam.</p>
<p>Regards,<br>AWS Training and Certification</p>
<p style="font-size:10px">Please do not reply to this e-mail; this mailbox is not monitored.</p>
</body></html>""", cte="base64")

msg("gh-merged", "github-pr-merged", "unrelated", False, None, [],
    "notifications@github.com", ME, "Re: [kmorioka/dotfiles] Merge accounts config into single profile (PR #41)",
    d("2025-02-04 22:41"), from_name="Kenji Arai",
    text="""Merged #41 into main.

Thanks! I have merged all accounts config into the single profile. Please confirm it still works on your Mac when you have time.

—
Reply to this email directly, view it on GitHub:
https://github.com/kmorioka/dotfiles/pull/41#event-16284017755
You are receiving this because you authored the thread.
""", extra=[("List-ID", "kmorioka/dotfiles <dotfiles.kmorioka.github.com>"), ("X-GitHub-Reason", "author")])

msg("E-ack", "ack-jp-iso2022", "acknowledgement", False, E, [],
    TC, ME, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E,
    d("2025-02-05 01:03"), from_name="AWS Training and Certification",
    text="""Kenta Morioka 様

Amazon Web Services にお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

ケースの詳細は次のとおりです。
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

追加の情報がございましたら、本メールにそのままご返信ください。ケースに自動的に追加されます。

よろしくお願いいたします。
AWS Training and Certification
""" % E, cs="iso-2022-jp")

msg("builderid-code", "builder-id-code", "unrelated", False, None, [],
    "no-reply@signin.aws", ME, "Verify your AWS Builder ID email address",
    d("2025-02-05 01:20"), from_name="AWS Builder ID",
    text="""Hello,

To finish signing in, enter this verification code:

    482917

This code expires in 10 minutes. If you did not request this code, you can ignore this message.

Amazon Web Services
""")

msg("E-info-ids", "info-request-candidate-ids-sjis", "info_request", True, E, ["AWS51873390"],
    TC, ME, tc_subj(E), d("2025-02-05 06:47"), from_name="AWS Training and Certification",
    text="""Kenta Morioka 様

AWS トレーニングと認定サポートの佐伯でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お客様のメールアドレス (kenta.morioka.88@gmail.com) で検索いたしましたところ、
AWS 認定アカウントが複数存在している可能性がございます。現時点で弊社にて確認できた
候補 ID は AWS51873390 のみとなっております。

統合作業を正確に進めるため、もう一方のアカウントの AWS 候補 ID (AWS から始まる 8 桁の番号) を
ご教示いただけますでしょうか。認定アカウントにサインイン後、画面右上に表示されております。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐伯 由紀
AWS Training and Certification Customer Support
""", cs="shift_jis")

msg("connpass-news", "jp-newsletter", "unrelated", False, None, [],
    "no-reply@connpass.com", ME, "【connpass】JAWS-UG 東京 2月定例会 参加確定のお知らせ",
    d("2025-02-05 09:00"), from_name="connpass",
    text="""森岡 健太 さん

JAWS-UG 東京 2月定例会 への参加が確定しました。

日時: 2025/02/20 19:00〜21:00
会場: 目黒セントラルスクエア

キャンセルする場合は、イベントページから参加登録を取り消してください。
このメールに返信されても対応できません。

connpass
""")

msg("E-user-ids", "user-reply-ids-jp", "user_reply", False, E, ["AWS77120954", "AWS51873390"],
    ME, TC, tc_subj(E), d("2025-02-05 19:31", JST), from_name=ME_NAME, reply_to_key="E-info-ids",
    refs_keys=["E-ack"], auth=False,
    text="""佐伯様

ご連絡ありがとうございます。
もう一方のアカウントの候補IDは AWS77120954 です。
メインで使っているのは AWS51873390 の方なので、こちらに統合していただけると助かります。

よろしくお願いします。
森岡

2025年2月5日(水) 15:47 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> Kenta Morioka 様
>
> 統合作業を正確に進めるため、もう一方のアカウントの AWS 候補 ID (AWS から始まる 8 桁の番号) を
> ご教示いただけますでしょうか。
""")

msg("E-confirm-jp", "confirmation-request-jp-keigo", "confirmation_request", True, E, ["AWS51873390", "AWS77120954"],
    TC, ME, tc_subj(E), d("2025-02-06 02:15"), from_name="AWS Training and Certification",
    reply_to_key="E-user-ids", refs_keys=["E-ack", "E-info-ids"],
    text="""Kenta Morioka 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐伯です。
候補 ID をお知らせいただきありがとうございました。

以下の 2 つのアカウントを確認いたしました。

アカウント #1 (AWS51873390)
  ログインメール: kenta.morioka.88@gmail.com
  トレーニング通知メール: kenta.morioka.88@gmail.com
  認定通知メール: kenta.morioka.88@gmail.com

アカウント #2 (AWS77120954)
  ログインメール: kenta.morioka.88@gmail.com
  トレーニング通知メール: kenta.morioka.88@gmail.com
  認定通知メール: (未設定)

アカウント #2 の試験履歴および認定をアカウント #1 に統合し、アカウント #2 は無効化いたします。
統合後は元に戻すことができませんので、上記の内容でお間違いないか、ご確認のうえご返信くださいますようお願い申し上げます。

佐伯 由紀
AWS Training and Certification Customer Support
""", cte="base64")

msg("E-user-confirm", "user-reply-confirm-jp-en", "user_reply", False, E, [],
    ME, TC, tc_subj(E), d("2025-02-06 12:02", JST), from_name=ME_NAME, reply_to_key="E-confirm-jp",
    refs_keys=["E-ack", "E-info-ids", "E-user-ids"], auth=False,
    text="""佐伯様

内容確認しました。問題ありません。
Confirmed. Please merge Account #2 into Account #1.

森岡

2025年2月6日(木) 11:15 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> アカウント #1 (AWS51873390)
>   ログインメール: kenta.morioka.88@gmail.com
> アカウント #2 (AWS77120954)
> 統合後は元に戻すことができませんので、上記の内容でお間違いないか、ご確認のうえご返信くださいますようお願い申し上げます。
""")

msg("E-resolved-jp", "resolved-jp-quotes-request", "resolved", False, E, [],
    TC, ME, tc_subj(E), d("2025-02-06 05:40"), from_name="AWS Training and Certification",
    reply_to_key="E-user-confirm", refs_keys=["E-ack", "E-info-ids", "E-user-ids", "E-confirm-jp"],
    text="""森岡様

ご確認いただきありがとうございます。
アカウント #2 をアカウント #1 に統合する作業が完了いたしました。試験履歴と認定は
アカウント #1 でご確認いただけます。Credly のバッジへの反映には最大 48 時間ほどかかる場合がございます。

ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

佐伯 由紀
AWS Training and Certification Customer Support

-----Original Message-----
From: Kenta Morioka <kenta.morioka.88@gmail.com>
Sent: Thursday, February 6, 2025 12:02 PM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed. Please merge Account #2 into Account #1.

> アカウント #2 (AWS77120954)
> 上記の内容でお間違いないか、ご確認のうえご返信くださいますようお願い申し上げます。
""" % E, cte="quoted-printable")

msg("credly-1", "credly-badge-issued", "badge", False, None, [],
    "admin@credly.com", ME, "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
    d("2025-02-06 09:12"), from_name="Credly",
    html="""<html><body>
<h2>Congratulations, Kenta!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Developer – Associate</b>.</p>
<p><a href="https://www.credly.com/badges/7d1c3a52-9be4-4c0e-a1f7-52f1c2e86b0a/accept">Accept your badge</a> to share it on LinkedIn and elsewhere.</p>
<p style="color:#888">Questions? Visit support.credly.com. You are receiving this email because a badge was issued to kenta.morioka.88@gmail.com.</p>
</body></html>""")

msg("pvue-jp", "pearson-vue-registration-jp", "unrelated", False, None, [],
    "pearsonvuecustomerservice@pearson.com", ME, "試験予約確認 - AWS Certified Solutions Architect - Professional",
    d("2025-02-07 03:30"), from_name="Pearson VUE",
    text="""森岡 健太 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験予約を承りました。

登録ID: 483920175
試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2025年3月8日 10:00 (JST)
会場: オンライン (OnVUE)

予約の変更・キャンセルは試験開始の24時間前までに行ってください。
ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。

Pearson VUE
""", cte="quoted-printable")

msg("E-user-reopen", "user-reply-badges-still-missing", "user_reply", False, E, [],
    ME, TC, tc_subj(E, "Re: RE:"), d("2025-02-10 21:05", JST), from_name=ME_NAME,
    reply_to_key="E-resolved-jp", refs_keys=["E-ack", "E-confirm-jp", "E-user-confirm"], auth=False,
    text="""佐伯様

統合ありがとうございました。ただ、4日経ってもCredly上では以前のバッジが
「Expired」のままで、統合後のSAAも表示されていません。
もう一度確認していただけないでしょうか。

森岡

2025年2月6日(木) 14:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 森岡様
> アカウント #2 をアカウント #1 に統合する作業が完了いたしました。
""")

msg("E-reopened", "case-update-reopened-jp", "case_update", False, E, [],
    TC, ME, tc_subj(E), d("2025-02-11 02:20"), from_name="AWS Training and Certification",
    reply_to_key="E-user-reopen", refs_keys=["E-ack", "E-resolved-jp"],
    text="""森岡様

ご連絡ありがとうございます。本ケースを再度オープンいたしました。
Credly 側への連携状況について、社内の担当チームに確認を依頼しております。
結果が分かり次第、改めてご連絡いたしますので、それまでお待ちください。
本メールへのご返信は不要です。

佐伯
""")

msg("E-hold-credly", "on-hold-credly-with-question", "on_hold", True, E, ["AWS77120954"],
    TC, ME, tc_subj(E), d("2025-02-12 18:55"), from_name="AWS Training and Certification",
    reply_to_key="E-user-reopen", refs_keys=["E-ack", "E-reopened"],
    text="""Hello Kenta,

My name is Daniel and I'm picking this case up from my colleague Yuki while she is out of office.

I wanted to give you an update. Our team has confirmed that the merge of AWS77120954 into your primary account completed correctly on our side, so the exam history and certifications are in place. The badge problem, however, sits with Credly's issuing pipeline: when two certification accounts share one email, Credly can keep the badges attached to the profile of the account that was deactivated. We have raised this with the Credly integration team and the case is on hold until they come back to us, which usually takes 3-5 business days.

While we wait, one thing would help them a lot: is your Credly profile registered under kenta.morioka.88@gmail.com, or under another address (for example a work address)? If it's a different address, let us know which one.

Thanks for your patience,
Daniel K.
AWS Training and Certification Support
""")

msg("phish-1", "phishing-lookalike-merge", "suspicious", False, None, [],
    "support@amazon-certsupport.com", ME, "Action Required: Confirm your AWS Certification account merge [CASE 5123009841]",
    d("2025-02-13 07:44"), from_name="AWS Training and Certification",
    auth="mx.google.com;\n       dkim=pass header.i=@amazon-certsupport.com header.s=default;\n       spf=pass (google.com: domain of support@amazon-certsupport.com designates 185.212.44.19 as permitted sender) smtp.mailfrom=support@amazon-certsupport.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-certsupport.com",
    html="""<html><body>
<p>Dear Certified Professional,</p>
<p>We were unable to complete the merge of your AWS Certification accounts. Your certifications will be <b>suspended within 48 hours</b> unless you confirm your identity.</p>
<p><a href="http://amazon-certsupport.com/verify?u=kenta.morioka.88">Confirm account merge now</a></p>
<p>Please reply with your candidate ID and date of birth if the link does not work.</p>
<p>AWS Training &amp; Certification Team</p>
</body></html>""")

msg("E-info-numbered", "info-request-numbered-questions", "info_request", True, E, [],
    TC, ME, tc_subj(E), d("2025-02-17 10:02"), from_name="AWS Training and Certification",
    reply_to_key="E-hold-credly", refs_keys=["E-ack", "E-reopened"],
    text="""Hi Kenta,

Credly's team got back to us. They can move the badges, but they need a few details first:

1. The email address your Credly profile uses.
2. Did you at any point accept a badge from the deactivated account (around 2022)?
3. Would you like the expired badges to stay visible on your profile, or be hidden?

Once we have these, we'll pass them along.

Daniel K.
AWS Training and Certification Support

> is your Credly profile registered under kenta.morioka.88@gmail.com, or under another address (for example a work address)? If it's a different address, let us know which one.
""")

msg("aws-mkt", "aws-marketing-summit-rsvp", "unrelated", False, None, [],
    "aws-marketing-email-replies@amazon.com", ME, "Confirm your seat: AWS Summit Japan 2025",
    d("2025-02-18 01:00"), from_name="Amazon Web Services",
    html="""<html><body><table width="600"><tr><td>
<h1>AWS Summit Japan 2025</h1>
<p>Kenta, seats for the Certification Lounge are limited. Please confirm your attendance by registering before March 31.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p style="font-size:11px">Amazon Web Services Japan G.K. | To unsubscribe, click here. Replies to this address are not monitored.</p>
</td></tr></table></body></html>""", cte="quoted-printable")

msg("E-closing-en", "closing-notice-3-business-days", "closing_notice", True, E, [],
    TC, ME, tc_subj(E), d("2025-02-21 09:30"), from_name="AWS Training and Certification",
    reply_to_key="E-info-numbered", refs_keys=["E-ack", "E-hold-credly"],
    text="""Hello Kenta,

Just following up on my previous message about your Credly badges. We haven't heard back from you yet.

This case will be closed automatically if there is no response within 3 business days. Simply replying to this email will keep it open, and Credly's team still has everything else they need.

Best,
Daniel K.
AWS Training and Certification Support
""")

msg("E-user-answers", "user-reply-numbered-answers", "user_reply", False, E, [],
    ME, TC, tc_subj(E, "Re: RE:"), d("2025-02-22 10:14", JST), from_name=ME_NAME,
    reply_to_key="E-closing-en", refs_keys=["E-ack", "E-info-numbered"], auth=False,
    text="""Hi Daniel,

Sorry for late reply, I was on business trip.

1. kenta.morioka.88@gmail.com (same)
2. Yes, I think I accepted SAA badge in 2022 from that account.
3. Hidden is fine.

Thank you!
Kenta

On Fri, Feb 21, 2025 at 6:30 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenta,
>
> This case will be closed automatically if there is no response within 3 business days.
>
> > 1. The email address your Credly profile uses.
> > 2. Did you at any point accept a badge from the deactivated account (around 2022)?
> > 3. Would you like the expired badges to stay visible on your profile, or be hidden?
""")

msg("E-resolved-en", "resolved-no-further-action-survey-footer", "resolved", False, E, [],
    TC, ME, tc_subj(E), d("2025-02-25 04:48"), from_name="AWS Training and Certification",
    reply_to_key="E-user-answers", refs_keys=["E-ack", "E-info-numbered", "E-closing-en"],
    text="""Hi Kenta,

Good news: Credly has re-issued your badges to your profile and hidden the expired duplicates. You should already see AWS Certified Solutions Architect - Associate and AWS Certified Developer - Associate as active.

No further action is required on your part, and I'm marking this case as resolved.

Best,
Daniel K.
AWS Training and Certification Support

-----
How did we do? Please take 1 minute to rate your experience with AWS Training and Certification Support: https://survey.aws.training/s/tc?case=%s
""" % E)

msg("credly-2", "credly-badge-reissued", "badge", False, None, [],
    "admin@credly.com", ME, "Your badge from Amazon Web Services Training and Certification is ready to accept",
    d("2025-02-25 05:02"), from_name="Credly",
    text="""Hi Kenta,

Amazon Web Services Training and Certification has issued the following badge to you:

  AWS Certified Solutions Architect – Associate
  Badge ID: 4f0e27cb-61d2-4a15-9a32-0c5be1e9f6d7

Accept your badge: https://www.credly.com/badges/4f0e27cb-61d2-4a15-9a32-0c5be1e9f6d7

Please confirm that your badge information is correct. If something looks wrong, contact the issuer.

The Credly Team
""")

msg("E-survey", "survey-tc-support", "survey", False, E, [],
    "aws-training-survey@amazon.com", ME, "How was your experience with AWS Training and Certification Support? (Case %s)" % E,
    d("2025-02-26 00:05"), from_name="AWS Training and Certification",
    html="""<html><body>
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification Support (case %s). We'd love to hear how it went.</p>
<table><tr><td>How satisfied were you with the resolution of your case?</td></tr>
<tr><td><a href="https://survey.aws.training/s/1">1</a> <a href="https://survey.aws.training/s/2">2</a> <a href="https://survey.aws.training/s/3">3</a> <a href="https://survey.aws.training/s/4">4</a> <a href="https://survey.aws.training/s/5">5</a></td></tr></table>
<p>The survey takes less than two minutes. Your answers help us improve.</p>
</body></html>""" % E, cte="base64")

msg("certmetrics-feedback", "certmetrics-wants-to-hear", "certification", False, None, [],
    "do-not-reply@certmetrics.com", ME, "AWS Certification wants to hear from you",
    d("2025-02-27 16:00"), from_name="AWS Certification",
    text="""Hello Kenta,

As an AWS Certified individual, your opinion matters. Would you be willing to share your feedback about the AWS Certification program? Please take our 10-minute survey before March 14.

Take the survey: https://www.certmetrics.com/amazon/survey/2025Q1

Thank you for being part of the AWS Certified community.
AWS Training and Certification

This message was sent to kenta.morioka.88@gmail.com. Please do not reply.
""")

# ============ batch 3: March — case D (15 digits, from company address, APN hold) and duplicate B
msg("D-ack", "ack-company-address-conditional-reply", "acknowledgement", False, D, [],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-10 07:18"), from_name="AWS Training and Certification",
    crlf=True,
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Use Case: I am leaving Nishikaze Systems at the end of this month and would like to merge my accounts.
All email addresses: k-morioka@nishikaze-sys.co.jp, kenta.morioka.88@gmail.com
Email to keep: kenta.morioka.88@gmail.com

We usually respond within 24 hours. If you have already opened a case for this issue, please do not open another one, as this can delay our response.

If you have anything to add, reply to this email and your note will be attached to the case.

Sincerely,
Amazon Web Services
""" % (D, D))

msg("B-ack", "ack-duplicate-submission-jp-base64", "acknowledgement", False, B, [],
    TC, CO, tc_subj(B, "RE: "), d("2025-03-10 07:33"), from_name="AWS Training and Certification",
    cte="base64",
    text="""Amazon Web Services にお問い合わせいただき、ありがとうございます。ケース %s を作成しました。

ケースの詳細:
ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance

通常24時間以内にご回答いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

このケースに情報を追加する場合は、このメールに返信してください。

Amazon Web Services
""" % (B, B))

msg("B-dup", "case-update-duplicate-merged-into-D", "case_update", False, B, [],
    TC, CO, tc_subj(B, "RE: "), d("2025-03-10 11:05"), from_name="AWS Training and Certification",
    reply_to_key="B-ack",
    text="""Hello Kenta,

It looks like the form was submitted twice a few minutes apart. To avoid two agents working on the same request, we'll continue everything on case %s and this case (%s) will not be worked separately. You don't need to do anything about it - all updates will come under the other case number.

Regards,
Marcus T.
AWS Training and Certification Support
""" % (D, B))

msg("D-hold-apn", "on-hold-apn-confirm-leaving", "on_hold", True, D, [],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-10 13:26"), from_name="AWS Training and Certification",
    reply_to_key="D-ack", crlf=True, cte="quoted-printable",
    text="""Hello Kenta,

Thank you for reaching out to AWS Training and Certification, and for the detailed description of your request. My name is Marcus and I'll be handling your case.

I have located both certification accounts. The account registered to k-morioka@nishikaze-sys.co.jp is associated with an AWS Partner Network (APN) organization (Nishikaze Systems Co., Ltd.). Certifications earned under a Partner organization count toward that organization's partner tier, and for that reason we do not move them out of the organization while the employee is still with the company. I have placed the merge on hold for now.

This is not a problem if you are leaving: we only need to hear it from you. Could you confirm that you are leaving Nishikaze Systems, and tell us your last working day? Once we have that, I'll notify the partner team and continue.

Kind regards,
Marcus T.
AWS Training and Certification Support
""")

msg("ooo-colleague", "ooo-colleague-jp", "unrelated", False, None, [],
    "t-hayashi@nishikaze-sys.co.jp", CO, "自動応答: 引き継ぎ資料の件",
    d("2025-03-10 23:02", JST), from_name="林 達也", cs="iso-2022-jp",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    auth="spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=nishikaze-sys.co.jp; dkim=pass (signature was verified) header.d=nishikaze-sys.co.jp;dmarc=pass action=none header.from=nishikaze-sys.co.jp;compauth=pass reason=100",
    text="""お疲れさまです。林です。

3月10日(月)〜3月12日(水)は出張のため不在にしております。
メールは確認できない場合がありますので、お急ぎの場合は携帯までご連絡ください。
ご返信が遅れますことをご了承ください。

林
""")

msg("D-user-leaving", "user-reply-leaving-outlook", "user_reply", False, D, ["AWS51873390"],
    CO, TC, tc_subj(D, "RE: RE: "), d("2025-03-11 09:40", JST), from_name="Morioka Kenta",
    reply_to_key="D-hold-apn", refs_keys=["D-ack"], auth=False,
    text="""Hi Marcus,

Yes, I am leaving Nishikaze Systems. My last working day is March 28, 2025, after that this mailbox will be closed.
Please merge into my personal account (kenta.morioka.88@gmail.com, candidate ID AWS51873390).

Best regards,
Kenta Morioka

""" + quote_outlook("AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
                    "Monday, March 10, 2025 10:26 PM", "k-morioka@nishikaze-sys.co.jp", tc_subj(D, "RE: "),
                    """Hello Kenta,

I have located both certification accounts. The account registered to k-morioka@nishikaze-sys.co.jp is associated with an AWS Partner Network (APN) organization (Nishikaze Systems Co., Ltd.).

Could you confirm that you are leaving Nishikaze Systems, and tell us your last working day? Once we have that, I'll notify the partner team and continue.

Marcus T.
"""))

msg("D-hold-wait", "on-hold-partner-no-question", "on_hold", False, D, [],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-12 02:51"), from_name="AWS Training and Certification",
    reply_to_key="D-user-leaving", refs_keys=["D-ack", "D-hold-apn"],
    text="""Hi Kenta,

Thanks for confirming. I've passed your leaving date to our AWS Partner Network team, who will inform the partner administrator of Nishikaze Systems as required by the program terms. The case stays on hold until they release the account; this normally takes 2-4 business days.

There is nothing you need to do at this point. I'll write again as soon as the partner team responds.

Marcus T.
AWS Training and Certification Support
""")

msg("jira", "jira-assigned-confirm", "unrelated", False, None, [],
    "jira@nishikaze-sys.atlassian.net", CO, "[JIRA] (INFRA-1182) Please confirm handover of AWS accounts before 3/28",
    d("2025-03-12 05:10"), from_name="Sato Mika (Jira)",
    html="""<html><body>
<p>Sato Mika <b>assigned</b> INFRA-1182 to <b>Kenta Morioka</b></p>
<table border="0" cellpadding="3">
<tr><td>Summary</td><td>Please confirm handover of AWS accounts before 3/28</td></tr>
<tr><td>Description</td><td>Kenta, could you list the AWS accounts (e.g. 402918375566, 771203390456) you own and confirm who takes them over?</td></tr>
<tr><td>Priority</td><td>Major</td></tr></table>
<p><a href="https://nishikaze-sys.atlassian.net/browse/INFRA-1182">View in Jira</a></p>
</body></html>""")

msg("zendesk-solved", "other-vendor-case-solved", "unrelated", False, None, [],
    "support@backlog-help.zendesk.com", CO, "[Backlog Support] Re: Transfer of space ownership (Request #48213) has been solved",
    d("2025-03-13 06:30"), from_name="Backlog Support",
    text="""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Hello Kenta,

Ownership of the space has been transferred to Ms. Sato as requested. We are closing this ticket. If we don't hear back from you, this case will remain closed.

Best,
Riku | Backlog Support
""")

msg("D-update", "case-update-partner-released", "case_update", False, D, [],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-14 08:15"), from_name="AWS Training and Certification",
    reply_to_key="D-user-leaving", refs_keys=["D-ack", "D-hold-apn", "D-hold-wait"],
    text="""Hi Kenta,

Quick update on your case: the partner team has confirmed the release of your account from the Nishikaze Systems partner organization, so the hold is lifted. I've handed the merge itself to our account team, who will review both accounts and get back to you shortly with the details.

Marcus T.
AWS Training and Certification Support
""")

CONFIRM_D_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>My name is Priya and I'm from the AWS Training and Certification account team. Marcus has passed your case to me now that the partner organization has released your account.</p>
<p>Merging is permanent: after the merge, the secondary account is deactivated and its exam history, certifications, benefits (including unused exam vouchers) and digital badges are moved to the primary account. Sign-in with the secondary account's login will stop working.</p>
<p>These are the two accounts I found:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS51873390</td><td>AWS20476618</td></tr>
<tr><td>Login email</td><td>kenta.morioka.88@gmail.com</td><td>k-morioka@nishikaze-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.morioka.88@gmail.com</td><td>k-morioka@nishikaze-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.morioka.88@gmail.com</td><td>k-morioka@nishikaze-sys.co.jp</td></tr>
<tr><td>Partner organization</td><td>-</td><td>(released 2025-03-14)</td></tr>
</table>
<p>Based on your form, Account #1 would be kept as the primary account and Account #2 merged into it.</p>
<p>Before I run it I need your go-ahead in writing: reply to this message confirming Account #1 is the one to keep, or tell me if it should be the other way round.</p>
<p>Thank you,<br>Priya N.<br>AWS Training and Certification Support</p>
</body></html>"""

msg("D-confirm-html", "confirmation-request-html-table", "confirmation_request", True, D, ["AWS51873390", "AWS20476618"],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-17 03:40"), from_name="AWS Training and Certification",
    reply_to_key="D-update", refs_keys=["D-ack", "D-hold-apn", "D-hold-wait"],
    html=CONFIRM_D_HTML, cte="quoted-printable")

msg("phish-dmarc", "dmarc-fail-case-lookalike", "suspicious", False, None, [],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-18 00:12"), from_name="AWS Training and Certification",
    auth="spf=fail (sender IP is 91.214.66.20) smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine header.from=amazon.com;compauth=fail reason=000",
    return_path="bounce@mailer-svc7.ru",
    text="""Hello Kenta,

Your merge request is almost complete. For security reasons we need you to re-verify the Account #2 credentials before the partner organization deadline.

Sign in here to confirm: https://aws-training-verify.com/merge/confirm?case=%s

If you do not confirm within 24 hours the case will be closed and your certifications will be lost.

AWS Training and Certification Support
""" % D)

msg("D-closing", "closing-notice-date-deadline", "closing_notice", True, D, [],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-21 02:05"), from_name="AWS Training and Certification",
    reply_to_key="D-confirm-html", refs_keys=["D-ack", "D-update"],
    text="""Hello Kenta,

I'm following up on my message of March 17 about which certification account to keep. Without a response from you by Tuesday, March 25, this case will be closed and the merge will not be performed. A reply to this email at any time before then keeps the case open.

Since your company mailbox closes on March 28, you may want to answer before then.

Priya N.
AWS Training and Certification Support
""")

msg("D-user-confirm-top", "user-reply-toppost-long-history", "user_reply", False, D, [],
    CO, TC, tc_subj(D, "RE: RE: "), d("2025-03-21 18:22", JST), from_name="Morioka Kenta",
    reply_to_key="D-closing", refs_keys=["D-ack", "D-hold-apn", "D-update", "D-confirm-html"], auth=False,
    text="""Hi Priya,

Sorry for the delay. Confirmed - please keep Account #1 (kenta.morioka.88@gmail.com) and merge Account #2 into it.

Thanks,
Kenta Morioka
Nishikaze Systems Co., Ltd. | Cloud Infrastructure Group

""" + quote_outlook("AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
                    "Friday, March 21, 2025 11:05 AM", "k-morioka@nishikaze-sys.co.jp", tc_subj(D, "RE: "),
                    """Hello Kenta,

I'm following up on my message of March 17 about which certification account to keep. Without a response from you by Tuesday, March 25, this case will be closed and the merge will not be performed.

""" + quote_outlook("AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
                    "Monday, March 17, 2025 12:40 PM", "k-morioka@nishikaze-sys.co.jp", tc_subj(D, "RE: "),
                    """These are the two accounts I found:
Account #1  Candidate ID AWS51873390  Login email kenta.morioka.88@gmail.com
Account #2  Candidate ID AWS20476618  Login email k-morioka@nishikaze-sys.co.jp

Before I run it I need your go-ahead in writing: reply to this message confirming Account #1 is the one to keep, or tell me if it should be the other way round.

""" + quote_outlook("AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
                    "Monday, March 10, 2025 10:26 PM", "k-morioka@nishikaze-sys.co.jp", tc_subj(D, "RE: "),
                    """Could you confirm that you are leaving Nishikaze Systems, and tell us your last working day?
"""))))

msg("D-merged", "resolved-merged-quotes-request", "resolved", False, D, [],
    TC, CO, tc_subj(D, "RE: "), d("2025-03-21 10:01"), from_name="AWS Training and Certification",
    reply_to_key="D-user-confirm-top", refs_keys=["D-ack", "D-confirm-html", "D-closing"], cc=ME,
    text="""Hello Kenta,

I have successfully merged all accounts. Account #1 (kenta.morioka.88@gmail.com) now holds your full exam history, certifications and benefits. Please sign in with your personal Builder ID from now on.

Best of luck in your next role!

Priya N.
AWS Training and Certification Support

On Fri, Mar 21, 2025 at 09:22 AM, Morioka Kenta wrote:
> Confirmed - please keep Account #1 (kenta.morioka.88@gmail.com) and merge Account #2 into it.
>
> > Before I run it I need your go-ahead in writing: reply to this message confirming
> > Account #1 is the one to keep, or tell me if it should be the other way round.
> > Account #1  Candidate ID AWS51873390
> > Account #2  Candidate ID AWS20476618
""", cte="quoted-printable")

msg("credly-3", "credly-badge-after-merge", "badge", False, None, [],
    "admin@credly.com", ME, "Badge transferred: AWS Certified Solutions Architect – Professional",
    d("2025-03-21 10:09"), from_name="Credly",
    html="""<html><body><table width="560" align="center"><tr><td>
<p>Hi Kenta,</p>
<p>A badge issued by <b>Amazon Web Services Training and Certification</b> has been added to your Credly wallet after an account update.</p>
<table border="1" cellpadding="4"><tr><td>Badge</td><td>AWS Certified Solutions Architect – Professional</td></tr>
<tr><td>Issued</td><td>March 8, 2025</td></tr></table>
<p>No action is needed. You can manage privacy settings for this badge from your profile.</p>
</td></tr></table></body></html>""")

msg("D-survey", "survey-html-rating", "survey", False, D, [],
    "aws-training-survey@amazon.com", CO, "Rate your recent support case %s" % D,
    d("2025-03-22 00:10"), from_name="AWS Training and Certification",
    html="""<html><body>
<p>Your case <b>%s</b> was recently resolved.</p>
<p>Please tell us how we did. Would you recommend AWS Training and Certification Support to a colleague?</p>
<table cellpadding="6"><tr>%s</tr></table>
<p style="font-size:11px">This survey link expires in 14 days.</p>
</body></html>""" % (D, "".join('<td><a href="https://survey.aws.training/nps?s=%d">%d</a></td>' % (i, i) for i in range(11))))

msg("D-fwd", "user-forward-to-personal-jp", "user_reply", False, D, [],
    CO, ME, "FW: " + tc_subj(D, "RE: "), d("2025-03-24 11:48", JST), from_name="森岡 健太",
    auth="spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=nishikaze-sys.co.jp; dkim=pass header.d=nishikaze-sys.co.jp; dmarc=pass header.from=nishikaze-sys.co.jp",
    text="""退職前に記録用として個人アドレスへ転送。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月21日 19:01
宛先: k-morioka@nishikaze-sys.co.jp
件名: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

I have successfully merged all accounts. Account #1 (kenta.morioka.88@gmail.com) now holds your full exam history, certifications and benefits.

Priya N.
""" % D)

msg("skillbuilder", "skill-builder-receipt", "unrelated", False, None, [],
    "no-reply@aws.training", ME, "Your AWS Skill Builder subscription receipt",
    d("2025-03-25 02:00"), from_name="AWS Skill Builder",
    text="""Thank you for your purchase.

Order ID: SB-2025-0325-771839
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing account: kenta.morioka.88@gmail.com

Need help? Contact us through the AWS Training and Certification support form. Please do not reply to this email.
""")

# ============ batch 4: late March — case F (voucher, opened from the company address)
msg("F-ack", "ack-voucher-case-company", "acknowledgement", False, F, [],
    TC, CO, tc_subj(F), d("2025-03-27 08:10"), from_name="AWS Training and Certification",
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence: After the merge of my accounts (case %s) the 50%% exam voucher from the old account is not visible.

A member of our team will respond, usually within 24 hours.

Amazon Web Services
""" % (F, D))

msg("F-info-wrongaddr", "info-request-write-from-account-address", "info_request", True, F, [],
    TC, CO, tc_subj(F), d("2025-03-27 12:37"), from_name="AWS Training and Certification",
    reply_to_key="F-ack",
    text="""Hi,

For account security, we can only discuss or change a certification account with the person writing from the email address registered on that account. The address this request came from (k-morioka@nishikaze-sys.co.jp) is no longer attached to any certification account; since the merge your account is registered to k*****.m******.88@gmail.com.

We'll need the request to come from that address. A short email from it quoting case %s is enough and we'll pick it up from there.

Ana R.
AWS T&C Support
""" % F)

msg("bounce", "bounce-company-mailbox-closed", "unrelated", False, None, [],
    "mailer-daemon@googlemail.com", ME, "Delivery Status Notification (Failure)",
    d("2025-03-29 01:15"), from_name="Mail Delivery Subsystem",
    auth="mx.google.com; (no auth for local bounces)",
    text="""** Address not found **

Your message wasn't delivered to k-morioka@nishikaze-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k-morioka@nishikaze-sys.co.jp not found by SMTP address lookup

----- Original message -----

Subject: Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
Please confirm you received this.
""" % F)

msg("F-closing", "closing-notice-closed-reopen-by-reply", "closing_notice", True, F, [],
    TC, CO, tc_subj(F), d("2025-03-31 09:00"), from_name="AWS Training and Certification",
    reply_to_key="F-info-wrongaddr", refs_keys=["F-ack"],
    text="""Hello,

We have not received a response to our previous message, so case %s has now been closed.

If you still need help with this, you can reopen the case by replying to this email within the next 14 days.

AWS Training and Certification
""" % F)

msg("F-user-nosubj", "user-reply-threaded-by-references-only", "user_reply", False, F, ["AWS51873390"],
    ME, TC, "exam voucher after account merge", d("2025-04-01 08:30", JST), from_name=ME_NAME,
    reply_to_key="F-closing", refs_keys=["F-ack", "F-info-wrongaddr"], auth=False,
    text="""Hello Ana,

I am writing from my personal address as you asked. My old company mailbox is closed now, so sorry it took time.
Problem is the 50% exam voucher from my old account is not shown in my merged account (AWS51873390). Can you check it?

Kenta Morioka
""")

msg("F-info-voucher", "info-request-terse-voucher-choice", "info_request", True, F, ["AWS51873390"],
    TC, ME, tc_subj(F), d("2025-04-01 03:12"), from_name="AWS Training and Certification",
    reply_to_key="F-user-nosubj", refs_keys=["F-ack", "F-closing"],
    text="""Hi Kenta,

Found it. Voucher was left on the deactivated profile. Two options: move it as-is to AWS51873390 (expires 2025-06-30), or reissue a new code (90 days from today, but old code dies). Which one?

Ana R.
AWS T&C Support
""")

msg("F-user-choice", "user-reply-nonnative-short", "user_reply", False, F, [],
    ME, TC, tc_subj(F, "Re: "), d("2025-04-01 13:50", JST), from_name=ME_NAME,
    reply_to_key="F-info-voucher", refs_keys=["F-ack", "F-user-nosubj"], auth=False,
    text="""Hi Ana, reissue please (new 90 days). thanks!

On Tue, Apr 1, 2025 at 12:12 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Found it. Voucher was left on the deactivated profile. Two options: move it as-is to AWS51873390 (expires 2025-06-30), or reissue a new code (90 days from today, but old code dies). Which one?
""")

msg("F-resolved", "resolved-terse-voucher", "resolved", False, F, [],
    TC, ME, tc_subj(F), d("2025-04-01 06:20"), from_name="AWS Training and Certification",
    reply_to_key="F-user-choice", refs_keys=["F-ack", "F-info-voucher"],
    text="""Done - the new voucher code is under Benefits in your account, valid 90 days (until 2025-06-30). The old code no longer works. Closing this one out; nothing more needed from you.

Ana R.
""")

# ============ batch 5: April — console case C (10 digits), must be answered in Support Center
CONSOLE_FOOTER = """
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update this case, please use the link above.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

msg("C-new", "console-new-support-case", "acknowledgement", False, C, [],
    "no-reply-aws@amazon.com", ME, "Amazon Web Services: New Support case: %s" % C,
    d("2025-04-03 04:22"), from_name="Amazon Web Services",
    text="""Dear Customer,

Thank you for contacting Amazon Web Services.

A new case has been created for your account [AWS ID 402918375566].

Case ID: %s
Subject: Certification exam discount not applied at checkout
Severity: General guidance

We will respond to your case as soon as possible. You can view your case from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this e-mail; this address cannot accept incoming e-mails.

Amazon Web Services
""" % (C, C))

msg("C-info", "console-info-request-feedback-footer", "info_request", True, C, [],
    "no-reply-aws@amazon.com", ME, "RE:[CASE %s] Certification exam discount not applied at checkout" % C,
    d("2025-04-03 09:58"), from_name="Amazon Web Services", cte="quoted-printable",
    text="""Hello,

Thank you for contacting AWS Support. My name is Lena and I'll be assisting you today.

I understand the 50% exam discount was not applied when you tried to schedule your exam. Exam scheduling and benefits are handled by the AWS Training and Certification team rather than AWS technical support, but I'm happy to route the case for you.

To do that I need the candidate ID shown in the top right of your AWS Certification account and the voucher code that was rejected. Please add them to this case in the Support Center.
""" + CONSOLE_FOOTER % C)

msg("C-closing", "console-auto-resolve-warning", "closing_notice", True, C, [],
    "no-reply-aws@amazon.com", ME, "RE:[CASE %s] Certification exam discount not applied at checkout" % C,
    d("2025-04-07 10:00"), from_name="Amazon Web Services",
    text="""Hello,

We haven't heard back from you regarding case %s. We'd still like to help.

If we don't receive a response in the Support Center within the next 3 days, the case will be automatically resolved. Once resolved, a case can be reopened for up to 14 days.
""" % C + CONSOLE_FOOTER % C)

msg("bill-apr", "aws-billing-april", "unrelated", False, None, [],
    "aws-billing@amazon.com", ME, "Amazon Web Services Billing Statement Available [Account: 402918375566]",
    d("2025-04-07 12:00"), from_name="Amazon Web Services",
    text="""Greetings from Amazon Web Services,

Your statement for March 2025 is available. Total: USD 4.12
Account number: 402918375566

If you have questions, please reply via the AWS Support Center.
Amazon Web Services
""")

msg("C-update", "console-case-update-routed", "case_update", False, C, [],
    "no-reply-aws@amazon.com", ME, "RE:[CASE %s] Certification exam discount not applied at checkout" % C,
    d("2025-04-08 02:41"), from_name="Amazon Web Services",
    text="""Hello,

Thank you for the candidate ID and voucher code. I have forwarded the details to the AWS Training and Certification team, who own exam benefits. They confirmed the voucher was issued under your previous certification account and are moving it now. I'll keep this case open until they finish.
""" + CONSOLE_FOOTER % C)

msg("C-resolved", "console-resolved-feedback-footer", "resolved", False, C, [],
    "no-reply-aws@amazon.com", ME, "RE:[CASE %s] Certification exam discount not applied at checkout" % C,
    d("2025-04-09 06:15"), from_name="Amazon Web Services", cte="base64",
    text="""Hello,

Good news - the Training and Certification team has applied the discount to your profile and you should now be able to schedule the exam with the 50% benefit. I'm setting this case to resolved.

If anything else comes up, you can reopen this case from the Support Center within 14 days.
""" + CONSOLE_FOOTER % C)

msg("phish-jp", "phishing-jp-lookalike-domain", "suspicious", False, None, [],
    "info@aws-training-support.jp", ME, "【重要】AWS認定アカウント統合手続きのご確認(要返信)",
    d("2025-04-09 23:40"), from_name="AWS トレーニングと認定", cs="shift_jis",
    auth="mx.google.com;\n       dkim=neutral (no key for signature) header.i=@aws-training-support.jp;\n       spf=softfail (google.com: domain of transitioning info@aws-training-support.jp does not designate 103.77.12.9 as permitted sender) smtp.mailfrom=info@aws-training-support.jp;\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=aws-training-support.jp",
    text="""森岡 健太 様

AWS認定アカウントの統合手続きにおいて、本人確認が完了しておりません。
下記URLよりログインし、48時間以内に本人確認を完了してください。
完了されない場合、保有されている認定資格はすべて失効いたします。

https://aws-training-support.jp/verify/login

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 サポートセンター
""")

# ============ batch 6: April — case G (11 digits) missing exam history, third account
msg("G-ack", "ack-exam-history-short", "acknowledgement", False, G, [],
    TC, ME, tc_subj(G, "RE: "), d("2025-04-10 01:02"), from_name="AWS Training and Certification",
    text="""Hello,

We have opened case %s for your request. The details of your case are as follows:

Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence: My SAP-C02 exam from March 8 is not in the exam history of my account.

You will hear from us, usually within 24 hours. Please don't open another case for the same question.

Amazon Web Services
""" % G)

msg("G-info-bare", "info-request-bare-question-nonnative", "info_request", True, G, [],
    TC, ME, tc_subj(G, "RE: "), d("2025-04-10 07:35"), from_name="AWS Training and Certification",
    reply_to_key="G-ack",
    text="""Dear Kenta,

Greeting from AWS Training and Certification. This is Rohit, I am taking care of your case now.

I have check your certification account AWS51873390 - indeed the SAP-C02 result is not showing there. Mostly this happen when the exam was scheduled from a different account, then result goes to that one.

From which login did you schedule the exam at Pearson VUE, and what is the registration number on your confirmation e-mail?

Regards,
Rohit S.
AWS Training and Certification
""")
# note: AWS51873390 appears in support's own text -> candidate id
MSGS[-1][3]["candidate_ids"] = ["AWS51873390"]

msg("G-user-reg", "user-reply-pvue-registration-id", "user_reply", False, G, [],
    ME, TC, tc_subj(G, "Re: RE: "), d("2025-04-10 20:11", JST), from_name=ME_NAME,
    reply_to_key="G-info-bare", refs_keys=["G-ack"], auth=False,
    text="""Hi Rohit,

I scheduled it in February, before the merge, probably from the Partner Central login of my old company. Registration number is 483920175.

Thanks,
Kenta

On Thu, Apr 10, 2025 at 4:35 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> From which login did you schedule the exam at Pearson VUE, and what is the registration number on your confirmation e-mail?
""")

msg("G-hold", "on-hold-pearson-no-question", "on_hold", False, G, [],
    TC, ME, tc_subj(G, "RE: "), d("2025-04-11 05:20"), from_name="AWS Training and Certification",
    reply_to_key="G-user-reg", refs_keys=["G-ack", "G-info-bare"],
    text="""Dear Kenta,

Thank you for the registration number. I have raise a request with Pearson VUE to check which candidate record the result was sent. Case is pending on their reply, normally 2-3 business days. Nothing required from your side meanwhile, I will update you.

Regards,
Rohit S.
""")

msg("certmetrics-recert", "certmetrics-congrats-recertified", "certification", False, None, ["AWS51873390"],
    "do-not-reply@certmetrics.com", ME, "Congratulations on recertifying your AWS Certification!",
    d("2025-04-12 00:30"), from_name="AWS Certification",
    text="""Hello Kenta Morioka,

Congratulations! You have successfully recertified AWS Certified Solutions Architect - Associate.
Your new expiration date is April 12, 2028.

Candidate ID: AWS51873390

Your digital badge will be issued by Credly within 5 business days. If you have questions, please contact AWS Training and Certification.
""")

msg("G-confirm-third", "confirmation-request-kindly-third-account", "confirmation_request", True, G, ["AWS51873390", "AWS63308124"],
    TC, ME, tc_subj(G, "RE: "), d("2025-04-14 08:02"), from_name="AWS Training and Certification",
    reply_to_key="G-user-reg", refs_keys=["G-ack", "G-info-bare", "G-hold"],
    text="""Dear Kenta,

Pearson VUE has reverted. The result was sent to a third certification account which was created via Partner Central single sign-on in February 2025. Details below:

Account #1 - AWS51873390 (kept)
   Login email: kenta.morioka.88@gmail.com
Account #3 - AWS63308124
   Login: Partner Central SSO (nishikaze-sys.co.jp)
   Exams: SAP-C02 (2025-03-08, PASS)

To fix, we can merge Account #3 into Account #1, then the SAP-C02 result and certification will show in your account. Kindly confirm you agree to this merge so I can proceed.

Regards,
Rohit S.
AWS Training and Certification
""")

msg("G-user-ok", "user-reply-jp-plain-ok", "user_reply", False, G, [],
    ME, TC, tc_subj(G, "Re: RE: "), d("2025-04-14 19:40", JST), from_name=ME_NAME,
    reply_to_key="G-confirm-third", refs_keys=["G-ack", "G-info-bare", "G-hold"], auth=False,
    text="""Rohit-san,

Yes, please merge Account #3 into Account #1. Thank you for finding it!

Kenta

2025年4月14日(月) 17:02 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> Kindly confirm you agree to this merge so I can proceed.
""")

msg("G-resolved", "resolved-merged-third-nonnative", "resolved", False, G, [],
    TC, ME, tc_subj(G, "RE: "), d("2025-04-15 04:30"), from_name="AWS Training and Certification",
    reply_to_key="G-user-ok", refs_keys=["G-ack", "G-confirm-third"],
    text="""Dear Kenta,

Merge is completed. Account #3 merged successfully into AWS51873390 and SAP-C02 is now visible in exam history and certifications. Badge should come from Credly soon.

Case is resolved from our side. If you have any other question, feel free to write us anytime.

Regards,
Rohit S.
AWS Training and Certification
""")
MSGS[-1][3]["candidate_ids"] = ["AWS51873390"]

msg("credly-phish", "credly-lookalike-phish", "suspicious", False, None, ["AWS51873390"],
    "badges@credly-notify.net", ME, "Action needed: Claim your AWS badge before it expires",
    d("2025-04-16 01:00"), from_name="Credly Badges",
    auth="mx.google.com;\n       dkim=pass header.i=@credly-notify.net header.s=k1;\n       spf=pass smtp.mailfrom=badges@credly-notify.net;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-notify.net",
    html="""<html><body><p>Your AWS Certified Solutions Architect – Professional badge will be removed unless you claim it within 24 hours.</p>
<p><a href="https://credly-notify.net/claim?id=AWS51873390">Claim badge</a> (sign in with your AWS Builder ID password)</p></body></html>""")

msg("credly-4", "credly-badge-sap", "badge", False, None, [],
    "admin@credly.com", ME, "Amazon Web Services Training and Certification sent you a badge",
    d("2025-04-16 02:00"), from_name="Credly",
    text="""Hi Kenta,

Amazon Web Services Training and Certification sent you the AWS Certified Solutions Architect – Professional badge.

Accept it here: https://www.credly.com/badges/0b8e77a1-2cc4-4fd3-9d0e-5a7ab4f1c3e2/accept

Reply to this message? Please don't - this mailbox isn't monitored. Visit support.credly.com for help.
""")

# ============ batch 7: mid April — case A (15 digits, Japanese agent) and H (11 digits, ticket templates)
msg("A-ack", "ack-jp-utf8-qp-conditional", "acknowledgement", False, A, [],
    TC, ME, tc_subj(A), d("2025-04-16 05:43"), from_name="AWS Training and Certification",
    cte="quoted-printable",
    text="""Amazon Web Services にお問い合わせいただきありがとうございます。

ケース %s を作成いたしました。ケースの詳細は次のとおりです。

件名: [AWS Training and Certification Form Submission] - account-assistance
内容: 認定証の氏名表記 (姓名の順序) の修正依頼

通常24時間以内に担当者よりご連絡いたします。
ご不明な点やご質問がございましたら、このメールにご返信ください。

Amazon Web Services
""" % A)

msg("A-info-buried", "info-request-jp-plain-buried", "info_request", True, A, [],
    TC, ME, tc_subj(A), d("2025-04-16 09:12"), from_name="AWS Training and Certification",
    reply_to_key="A-ack",
    text="""森岡 健太 様

AWS トレーニングと認定サポートの中村です。

認定証に印字される氏名は、認定アカウントのプロフィールに登録された「法的氏名」から作成されます。
統合前のアカウント (会社のアドレスで登録されていたもの) では「MORIOKA KENTA」、統合先のアカウントでは
「Kenta Morioka」と登録されていたため、統合時に前者が残った状態になっています。氏名の変更はサポート側で
行う必要があり、変更後は既存の認定証もすべて再発行されます。変更にあたって、身分証明書 (パスポートなど)
に記載されているとおりのローマ字表記を、姓と名を分けてこのメールへの返信でお知らせください。
なお、Credly のバッジ上の氏名は再発行後 1〜2 日で自動的に更新されます。

中村
AWS Training and Certification
""")

msg("H-ack", "ack-ticket-template", "acknowledgement", False, H, [],
    TC, ME, tc_subj(H, "RE: "), d("2025-04-17 00:20"), from_name="AWS Training and Certification",
    text="""==================================================
 CASE ACKNOWLEDGEMENT
==================================================
 Case ID ........ %s
 Status ......... Open - Unassigned
 Queue .......... T&C Account Assistance
 Priority ....... Normal
 Opened ......... 2025-04-17 00:20 UTC
--------------------------------------------------
 Summary: Training notification emails still go to my old company address after merge.
--------------------------------------------------
 Next step: An agent will review your case (target: 24h).
 Need to add something? Reply to this e-mail; keep [CASE %s] in the subject.
==================================================
""" % (H, H))

msg("A-closing-jp", "closing-notice-jp-keigo", "closing_notice", True, A, [],
    TC, ME, tc_subj(A), d("2025-04-21 01:30"), from_name="AWS Training and Certification",
    reply_to_key="A-info-buried", refs_keys=["A-ack"], cs="iso-2022-jp",
    text="""森岡 健太 様

先日ご案内いたしました氏名表記の件につきまして、その後いかがでしょうか。
現時点でご返信を確認できておりませんため、2025年4月25日までにご連絡がない場合は、
本ケースをクローズさせていただきます。

引き続き対応をご希望の場合は、本メールにご返信いただけますと幸いです。
何卒よろしくお願いいたします。

中村
AWS Training and Certification
""")

H_INFO_TEXT = """CASE %s | Status: Pending Customer Action

Hello Kenta,

Agent: Sofia M.

Action required
  [1] Confirm the address that should receive training notifications.
  [2] Confirm the address that should receive certification notifications.

Current settings:
  Training notification email ........ k-morioka@nishikaze-sys.co.jp
  Certification notification email ... kenta.morioka.88@gmail.com

Reply to this e-mail with your answers. The case will stay in "Pending Customer Action" until we hear from you.
""" % H
H_INFO_HTML = """<html><body style="font-family:Arial">
<table width="100%%" style="background:#ff9900"><tr><td><b>CASE %s</b> &nbsp;|&nbsp; Status: Pending Customer Action</td></tr></table>
<p>Hello Kenta,</p><p>Agent: Sofia M.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th colspan="2">Action required</th></tr>
<tr><td>[1]</td><td>Confirm the address that should receive training notifications.</td></tr>
<tr><td>[2]</td><td>Confirm the address that should receive certification notifications.</td></tr></table>
<p>Current settings:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Training notification email</td><td>k-morioka@nishikaze-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.morioka.88@gmail.com</td></tr></table>
<p>Reply to this e-mail with your answers. The case will stay in &quot;Pending Customer Action&quot; until we hear from you.</p>
</body></html>""" % H

msg("H-info", "info-request-ticket-multipart-table", "info_request", True, H, [],
    TC, ME, tc_subj(H, "RE: "), d("2025-04-21 06:48"), from_name="AWS Training and Certification",
    reply_to_key="H-ack", text=H_INFO_TEXT, html=H_INFO_HTML, cte="quoted-printable", crlf=True)

msg("A-user-name", "user-reply-jp-name", "user_reply", False, A, [],
    ME, TC, tc_subj(A, "Re: "), d("2025-04-22 07:55", JST), from_name="森岡 健太",
    reply_to_key="A-closing-jp", refs_keys=["A-ack", "A-info-buried"], auth=False,
    text="""中村様

返信が遅くなり申し訳ありません。
パスポートの表記は 姓: MORIOKA / 名: KENTA です。
認定証には「Kenta Morioka」の順で表示されると嬉しいです。

よろしくお願いいたします。
森岡

2025年4月21日(月) 10:30 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 引き続き対応をご希望の場合は、本メールにご返信いただけますと幸いです。
""")

msg("A-followup", "info-request-jp-keigo-name-order", "info_request", True, A, [],
    TC, ME, tc_subj(A), d("2025-04-22 01:40"), from_name="AWS Training and Certification",
    reply_to_key="A-user-name", refs_keys=["A-ack", "A-info-buried", "A-closing-jp"],
    text="""森岡 健太 様

ご返信いただきありがとうございます。パスポートの表記、承知いたしました。

念のための確認でございますが、認定証は英語の書式上「名 姓」の順で印字されるため、
「KENTA MORIOKA」(すべて大文字) となります。「Kenta Morioka」のように大文字・小文字を
混在させた表記をご希望の場合、パスポートの表記と一致しないことになりますが、
どちらの表記で登録すべきか、ご指示いただけますでしょうか。

中村
AWS Training and Certification
""")

msg("A-user-caps", "user-reply-jp-short-from-phone", "user_reply", False, A, [],
    ME, TC, tc_subj(A, "Re: "), d("2025-04-22 11:30", JST), from_name="森岡 健太",
    reply_to_key="A-followup", refs_keys=["A-ack", "A-info-buried", "A-user-name"], auth=False,
    text="""中村様
KENTA MORIOKA(大文字)でお願いします。
森岡

iPhoneから送信
""")

msg("H-closing", "closing-notice-ticket-toppost", "closing_notice", True, H, [],
    TC, ME, tc_subj(H, "RE: "), d("2025-04-22 06:00"), from_name="AWS Training and Certification",
    reply_to_key="H-info", refs_keys=["H-ack"],
    text="""CASE %s | Status: Pending Closure

Automatic reminder: we are still waiting on the information requested below. If there is no reply within 72 hours the case will be auto-closed. Replying to this message returns it to the agent.

---------- Previous message ----------
%s""" % (H, H_INFO_TEXT))

msg("A-resolved", "resolved-jp-no-reply-needed", "resolved", False, A, [],
    TC, ME, tc_subj(A), d("2025-04-23 02:10"), from_name="AWS Training and Certification",
    reply_to_key="A-user-caps", refs_keys=["A-ack", "A-info-buried", "A-closing-jp", "A-user-name", "A-followup"], cte="base64",
    text="""森岡 健太 様

ご連絡ありがとうございました。プロフィールの法的氏名を「KENTA MORIOKA」に変更し、
すべての認定証を再発行いたしました。認定アカウントの「認定」ページからダウンロードいただけます。

本件はこれで完了となりますので、ご返信は不要です。

中村
AWS Training and Certification

2025年4月22日 11:30 森岡 健太 <kenta.morioka.88@gmail.com>:
> KENTA MORIOKA(大文字)でお願いします。
>> どちらの表記で登録すべきか、ご指示いただけますでしょうか。
>>> 変更にあたって、身分証明書 (パスポートなど) に記載されているとおりのローマ字表記を、
>>> 姓と名を分けてこのメールへの返信でお知らせください。
""")

msg("H-user-top", "user-reply-toppost-gmail-history", "user_reply", False, H, [],
    ME, TC, tc_subj(H, "Re: RE: "), d("2025-04-23 12:05", JST), from_name=ME_NAME,
    reply_to_key="H-closing", refs_keys=["H-ack", "H-info"], auth=False,
    text="""Hi Sofia,
[1] kenta.morioka.88@gmail.com
[2] kenta.morioka.88@gmail.com (no change)
The company address doesn't exist anymore.
Kenta

On Tue, Apr 22, 2025 at 3:00 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> CASE %s | Status: Pending Closure
>
> Automatic reminder: we are still waiting on the information requested below. If there is no reply within 72 hours the case will be auto-closed.
>
> ---------- Previous message ----------
%s""" % (H, "\n".join("> " + l for l in H_INFO_TEXT.rstrip().split("\n"))))

msg("H-mixed", "info-request-mixed-progress-and-ask", "info_request", True, H, [],
    TC, ME, tc_subj(H, "RE: "), d("2025-04-24 03:33"), from_name="AWS Training and Certification",
    reply_to_key="H-user-top", refs_keys=["H-ack", "H-info", "H-closing"],
    text="""CASE %s | Status: Work in Progress

Hello Kenta,

Update: training notification email changed to kenta.morioka.88@gmail.com. Certification notification email unchanged (already correct).

One more item. The mailing address on the profile still shows your former office (Nishikaze Systems, Shinagawa). We need you to send us the address you want to use instead, or write "remove" and we'll clear it.

Sofia M.
""" % H)

msg("H-resolved", "resolved-ticket-template-quoted-ask", "resolved", False, H, [],
    TC, ME, tc_subj(H, "RE: "), d("2025-04-25 01:15"), from_name="AWS Training and Certification",
    reply_to_key="H-mixed", refs_keys=["H-ack", "H-info"],
    text="""CASE %s | Status: Resolved

Hello Kenta,

Mailing address cleared as requested. All items on this case are complete:
  [x] Training notification email -> kenta.morioka.88@gmail.com
  [x] Certification notification email (no change)
  [x] Mailing address removed

No further action is required.

Rate this ticket (optional): https://survey.aws.training/t?c=%s

---------- Previous message ----------
> We need you to send us the address you want to use instead, or write "remove" and we'll clear it.
""" % (H, H))

msg("A-survey", "survey-jp", "survey", False, A, [],
    "aws-training-survey@amazon.com", ME, "AWS トレーニングと認定サポートに関するアンケートのお願い",
    d("2025-04-25 03:00"), from_name="AWS Training and Certification", cte="base64",
    text="""森岡 健太 様

先日はケース %s にてお問い合わせいただき、ありがとうございました。
サポートの品質向上のため、簡単なアンケートへのご協力をお願いいたします (所要時間 約2分)。

https://survey.aws.training/jp?c=%s

本メールは送信専用です。
""" % (A, A))

if __name__ == "__main__":
    write_all()
    print(len(MSGS), "messages")
