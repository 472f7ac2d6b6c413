#!/usr/bin/env python3
"""Blind held-out corpus blind-14: one mailbox (Mio Tanabe, Singapore).

Writes NNN-x.eml + NNN-x.json (and README.md) into the directory this script lives in.
Standard library only.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "mio.tanabe.sg@gmail.com"
ME_C = "m.tanabe@halcyonfreight.sg"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

K1 = "13049287561"        # 2023, 11 digits, Japanese, duplicate profiles on the company address
K2 = "7702145839"         # 2024, 10 digits, AWS Support Center (console) case
K3 = "174703518200931"    # 2025, 15 digits, main merge company -> personal (APN hold)
K4 = "174712045501177"    # 2025, 15 digits, duplicate form submission (Japanese)
K5 = "175005164800382"    # 2025, 15 digits, Credly duplicate badge (Japanese)

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
K2_SUBJ = "Practice exam / 50% exam benefit missing from certification account"

# candidate IDs
C_OLD = "AWS03318764"     # company profile
C_SSO = "AWS09052417"     # 2023 duplicate created via Partner Central SSO
C_NEW = "AWS11720958"     # personal profile created May 2025

MESSAGES = []
MID = {}


# ---------------------------------------------------------------- helpers
def H(s, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def D(s, tz="+0000"):
    """'2025-05-14 07:41:12' + '+0800' -> RFC 2822 date."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone(off))
    return format_datetime(t)


def mkid(n, style, domain=None):
    h = hashlib.sha1(f"blind14-{n}-{style}".encode()).hexdigest()
    if style == "ses":
        v = (f"<0100{h[:12]}-{h[12:20]}-{h[20:24]}-{h[24:28]}-{h[28:40]}-000000"
             "@email.amazonses.com>")
    elif style == "gmail":
        v = f"<CAK{h[:5].upper()}{h[5:9]}+{h[9:33]}@mail.gmail.com>"
    elif style == "outlook":
        v = (f"<SG2PR06MB{h[:4].upper()}{h[4:16].upper()}{h[16:22]}"
             f"@SG2PR06MB{h[22:26].upper()}.apcprd06.prod.outlook.com>")
    else:
        v = f"<{h[:16]}.{h[16:28]}@{domain}>"
    MID[n] = v
    return v


def q(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def html_of(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return f'<html><head><meta charset="utf-8"></head><body><div style="{style}">\n{body}</div></body></html>\n'


def gmail_auth(dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", p="QUARANTINE", sel="s1"):
    b = hashlib.md5((dom + mailfrom).encode()).hexdigest()[:8]
    dk = f"dkim={dkim} header.i=@{dom} header.s={sel} header.b={b}" if dkim != "none" else "dkim=none"
    if spf == "pass":
        sp = f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}"
    else:
        sp = (f"spf={spf} (google.com: domain of transitioning {mailfrom} does not designate {ip} "
              f"as permitted sender) smtp.mailfrom={mailfrom}")
    dm = f"dmarc={dmarc} (p={p} sp={p} dis={'NONE' if dmarc == 'pass' else p}) header.from={dom}"
    return f"mx.google.com;\n       {dk};\n       {sp};\n       {dm}"


def o365_auth(dom, mfdom, ip, dkim="pass", spf="pass", dmarc="pass"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    dk = f"dkim={dkim} (signature was verified) header.d={dom}" if dkim == "pass" else f"dkim={dkim} (no signature) header.d=none"
    return (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}; {dk};dmarc={dmarc} action=none\n"
            f" header.from={dom};compauth={comp}")


AWS_G = dict(dom="amazon.com", mailfrom="0100018f7a2c5d1e-bounces@amazonses.com", ip="54.240.27.56",
             sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug")
AWS_O = dict(dom="amazon.com", mfdom="amazonses.com", ip="54.240.8.83")


def leaf(body, ctype="text/plain", cs="utf-8", cte="quoted-printable", extra=None):
    return {"t": "leaf", "ctype": ctype, "cs": cs, "cte": cte, "body": body, "extra": extra or []}


def multi(sub, parts, params=""):
    return {"t": "multi", "sub": sub, "parts": parts, "params": params}


def alt(text, htmlbody=None, cs="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative", [leaf(text, "text/plain", cs, cte),
                                 leaf(htmlbody or html_of(text), "text/html", cs, hcte or cte)])


def _encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def render(part, seed, depth=0):
    """Return (header_lines, payload_bytes)."""
    if part["t"] == "leaf":
        ctype = part["ctype"]
        cs = part["cs"]
        hl = [f'Content-Type: {ctype}; charset="{cs}"' if cs else f"Content-Type: {ctype}"]
        if part["cte"]:
            hl.append(f"Content-Transfer-Encoding: {part['cte']}")
        hl += part["extra"]
        codec = {"Shift_JIS": "shift_jis", "ISO-2022-JP": "iso2022_jp"}.get(cs, cs or "ascii")
        return hl, _encode(part["body"].encode(codec), part["cte"])
    b = "----=_Part_" + hashlib.md5(f"{seed}-{depth}-{len(part['parts'])}".encode()).hexdigest()[:20]
    hl = [f'Content-Type: multipart/{part["sub"]};{part["params"]}\n\tboundary="{b}"']
    out = b""
    if depth == 0:
        out += b"This is a multi-part message in MIME format.\n\n"
    for i, p in enumerate(part["parts"]):
        sh, sp = render(p, f"{seed}-{i}", depth + 1)
        out += f"--{b}\n".encode() + "\n".join(sh).encode() + b"\n\n" + sp
        if not sp.endswith(b"\n"):
            out += b"\n"
    out += f"--{b}--\n".encode()
    return hl, out


def msg(label, what, hard, headers, body, crlf=False, owner_addr=None):
    n = len(MESSAGES) + 1
    MESSAGES.append(dict(n=n, label=label, what=what, hard=hard, headers=headers, body=body, crlf=crlf))
    return n


def L(kind, needs=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}


def write_all():
    for m in MESSAGES:
        slug = f"{m['n']:03d}-x"
        hl, payload = render(m["body"], slug)
        lines = []
        for k, v in m["headers"]:
            if v is None:
                continue
            lines.append(f"{k}: {v}")
        lines.append("MIME-Version: 1.0")
        lines += hl
        raw = "\n".join(lines).encode("ascii") + b"\n\n" + payload
        if m["crlf"]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(HERE, slug + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, slug + ".json"), "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")


# common header sets -----------------------------------------------------
def tc_headers(n, to, subject, date, auth, in_reply=None, refs=None, cs="utf-8"):
    h = [("Return-Path", "<0100018f7a2c5d1e-bounces@amazonses.com>")]
    h.append(("Authentication-Results", auth))
    h += [("Date", date), ("From", TC), ("To", to), ("Message-ID", mkid(n, "ses")),
          ("Subject", H(subject, cs))]
    if in_reply:
        h.append(("In-Reply-To", in_reply))
    if refs:
        h.append(("References", refs))
    t = dt.datetime.strptime(date[5:25].strip(), "%d %b %Y %H:%M:%S")
    h.append(("X-SES-Outgoing", t.strftime("%Y.%m.%d") + "-54.240.8.83"))
    return h


def nextn():
    return len(MESSAGES) + 1


def tcs(case, space=False):
    return f"RE: [CASE {case}] {TC_SUBJ}" if space else f"RE:[CASE {case}] {TC_SUBJ}"


CONSOLE_FOOTER = f"""
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={K2}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

AWS Cost Management:
https://aws.amazon.com/aws-cost-management/

AWS Training:
http://aws.amazon.com/training/

Amazon Web Services, Inc. and its affiliates. All rights reserved.
"""



# ======================================================================
# 2023
# ======================================================================

# 001 Pearson VUE appointment (company)
n = nextn()
msg(L("unrelated"), "Pearson VUE exam appointment confirmation",
    "exam-vendor mail about an AWS exam; 9-digit registration ID; 'to reschedule' instructions",
    [("Authentication-Results", o365_auth("pearson.com", "pearson.com", "159.182.114.20")),
     ("Date", D("2023-03-28 02:17:44")),
     ("From", A("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "pearsonvue.com")),
     ("Subject", "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment")],
    alt("""Dear Mio Tanabe,

Thank you for scheduling your exam with Pearson VUE. Your appointment details are below.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Thursday, 6 April 2023, 9:00 AM Singapore Standard Time
Test center: Pearson Professional Centers-Singapore, 1 Raffles Place, #19-61 Tower 2
Registration ID: 417603928
Order number: 0068193372

Please arrive at least 15 minutes before your scheduled appointment and bring two valid forms of identification, one with a photo.

To reschedule or cancel, sign in to your Pearson VUE web account at least 24 hours before your appointment. Appointments changed less than 24 hours in advance may forfeit the exam fee.

This is an automated message; replies to this address are not monitored.

Pearson VUE
"""))

# 002 certmetrics: certified, candidate ID on the SSO duplicate
n = nextn()
msg(L("certification", cands=[C_SSO]), "CertMetrics 'you are now AWS Certified' notice",
    "certification notice that carries a candidate ID (the duplicate profile) in its own text",
    [("Authentication-Results", o365_auth("certmetrics.com", "certmetrics.com", "52.27.201.115")),
     ("Date", D("2023-04-06 09:52:03")),
     ("From", A("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "certmetrics.com")),
     ("Subject", "Congratulations! You are now AWS Certified")],
    alt(f"""Hello Mio,

Congratulations on earning AWS Certified Solutions Architect - Professional!

Certification: AWS Certified Solutions Architect - Professional
Date achieved: 2023-04-06
Expiration date: 2026-04-06
Validation number: Q7RL2X4KJ1E1Q5SW
AWS Certification Account: {C_SSO}

Your digital badge will be issued by Credly within five business days. Your certificate and the benefits that come with your certification are available in your AWS Certification Account.

Once again, congratulations on this accomplishment.

AWS Training and Certification
"""))

# 003 GitHub merged (company)
n = nextn()
msg(L("unrelated"), "GitHub notification: PR merged",
    "the word 'Merged' plus 'Reply to this email directly'",
    [("Authentication-Results", o365_auth("github.com", "github.com", "192.30.252.201")),
     ("Date", D("2023-04-07 03:08:19")),
     ("From", A("Kaveh Rostami", "notifications@github.com")),
     ("To", A("halcyon-freight/route-planner", "route-planner@noreply.github.com")),
     ("Cc", A("Mio Tanabe", ME_C) + ", " + A("Mention", "mention@noreply.github.com")),
     ("Message-ID", "<halcyon-freight/route-planner/pull/412/issue_event/8913021877@github.com>"),
     ("In-Reply-To", "<halcyon-freight/route-planner/pull/412@github.com>"),
     ("References", "<halcyon-freight/route-planner/pull/412@github.com>"),
     ("Subject", "Re: [halcyon-freight/route-planner] Add carrier-zone cache (PR #412)")],
    alt("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/halcyon-freight/route-planner/pull/412#event-8913021877
You are receiving this because you were mentioned.
"""))

# 004 K1 acknowledgement, Japanese, ISO-2022-JP
n = nextn()
ack_k1 = f"""田辺 美緒 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース番号 {K1} にて登録いたしました。

担当者より原則として1営業日以内にご連絡いたしますが、内容によっては
お時間を頂戴する場合がございます。
同じ内容のお問い合わせを重ねてお送りいただきますと、かえって対応が
遅れる原因となりますので、ご遠慮くださいますようお願いいたします。

■お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
件名: account-assistance

補足事項がございましたら、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
msg(L("acknowledgement", case=K1), "K1 acknowledgement (Japanese, ISO-2022-JP)",
    "conditional 'reply if you have more' and a polite 'please refrain' in keigo; 11-digit case",
    tc_headers(n, ME_C, tcs(K1, space=True), D("2023-04-11 06:02:51"), o365_auth(**AWS_O), cs="iso-2022-jp"),
    leaf(ack_k1, cs="ISO-2022-JP", cte="7bit"))
ACK_K1 = n

# 005 K1 info request, Japanese keigo, buried
n = nextn()
k1_info = f"""田辺 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お知らせいただいたメールアドレス(m.tanabe@halcyonfreight.sg)で検索いたしましたところ、同じアドレスで登録された認定アカウントが2件見つかりました。1件は通常のサインインで作成されたもの、もう1件は AWS Partner Central からのシングルサインオン経由で作成されたものと思われます。Credly でバッジが表示されない事象は、この重複が原因である可能性が高いと考えております。

統合作業では、一方のアカウントにもう一方の試験履歴・認定・特典を移し、移行元のアカウントは無効化されます。誤ったアカウントを残してしまうと元に戻すことが難しいため、事前に確実に特定させていただいております。

つきましては、お手数ではございますが、それぞれのアカウントにサインインした際に画面右上に表示される候補 ID(「AWS」から始まる番号)を2件ともお知らせいただけますでしょうか。あわせて、どちらのアカウントを残すことをご希望かもお書き添えいただけますと幸いです。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
msg(L("info_request", True, K1), "K1 request for both candidate IDs (Japanese keigo, base64)",
    "the ask comes in the 4th paragraph after two paragraphs of explanation; base64 multipart; ends with a generic 'feel free to ask'",
    tc_headers(n, ME_C, tcs(K1, space=True), D("2023-04-12 01:33:10"), o365_auth(**AWS_O),
               in_reply=MID[ACK_K1], refs=MID[ACK_K1]),
    alt(k1_info, cte="base64"))
K1_INFO = n

# 006 Jira (company)
n = nextn()
msg(L("unrelated"), "Jira mention asking to confirm a rollback window",
    "explicit request and deadline, 'Reply to this email to add a comment', but not support",
    [("Authentication-Results", o365_auth("halcyonfreight.atlassian.net", "atlassian.net", "18.234.32.150")),
     ("Date", D("2023-04-12 08:41:37")),
     ("From", A("Kaveh Rostami (Jira)", "jira@halcyonfreight.atlassian.net")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "Atlassian.JIRA")),
     ("Subject", "[JIRA] (OPS-2281) Confirm rollback window for WMS release 4.2")],
    alt("""Kaveh Rostami mentioned you on OPS-2281

Confirm rollback window for WMS release 4.2

Kaveh Rostami: @Mio Tanabe can you confirm the rollback window for Saturday night? We need an answer before the CAB on Thursday, otherwise the release slips a week.

Reply to this email to add a comment.
View issue: https://halcyonfreight.atlassian.net/browse/OPS-2281

Get Jira notifications on your phone! Download the Jira Cloud app for Android or iOS.
"""))

# 007 K1 closing notice, Japanese plain
n = nextn()
k1_close = f"""田辺様

カスタマーサービスの木村です。
4月12日に候補 ID の確認についてご連絡しましたが、その後ご返信を確認できておりません。

このまま 4月26日までにご連絡がない場合は、本ケースをクローズいたします。
引き続き統合をご希望の場合は、本メールに返信してください。返信をいただいた時点でケースは継続となります。

木村
AWS トレーニングと認定
"""
msg(L("closing_notice", True, K1), "K1 closing notice (Japanese, plain ください)",
    "short, plain-form request; the 'reply keeps it open' is the only ask",
    tc_headers(n, ME_C, tcs(K1, space=True), D("2023-04-19 02:12:40"), o365_auth(**AWS_O),
               refs=MID[ACK_K1] + " " + MID[K1_INFO]),
    leaf(k1_close))
K1_CLOSE = n

# 008 K1 user reply with IDs, Outlook JP quoting, ISO-2022-JP, CRLF
n = nextn()
k1_reply = f"""木村様、佐々木様

ご連絡が遅くなり申し訳ありません。出張のため確認できておりませんでした。

候補 ID は以下の2つです。
・{C_OLD}(2019年から使っているアカウントです。こちらを残したいです)
・{C_SSO}(Partner Central 経由で作成されたもの。4月6日に合格した SAP の記録がこちらに付いています)

{C_SSO} の内容を {C_OLD} に統合していただけますでしょうか。
よろしくお願いいたします。

田辺 美緒
Halcyon Freight Pte. Ltd.

________________________________
差出人: {TC} <{TC}>
送信日時: 2023年4月19日 10:12
宛先: 田辺 美緒 <{ME_C}>
件名: {tcs(K1, space=True)}

{k1_close}"""
msg(L("user_reply", case=K1, cands=[C_OLD, C_SSO]), "K1 owner's reply with both candidate IDs",
    "owner herself uses keigo request form (いただけますでしょうか); Outlook Japanese quote header; ISO-2022-JP; CRLF",
    [("Date", D("2023-04-19 18:47:05", "+0800")),
     ("From", A("田辺 美緒", ME_C, "iso-2022-jp")),
     ("To", TC),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", H(tcs(K1, space=True), "iso-2022-jp")),
     ("In-Reply-To", MID[K1_CLOSE]),
     ("References", " ".join([MID[ACK_K1], MID[K1_INFO], MID[K1_CLOSE]])),
     ("Thread-Topic", tcs(K1, space=True)),
     ("X-MS-Has-Attach", ""),
     ("Content-Language", "ja-JP")],
    leaf(k1_reply, cs="ISO-2022-JP", cte="7bit"), crlf=True)
K1_REPLY = n

# 009 AWS marketing, Japanese
n = nextn()
msg(L("unrelated"), "AWS Japan marketing: Summit registration",
    "amazon.com sender, Japanese, calls to action ('ご登録ください')",
    [("Authentication-Results", o365_auth("amazon.com", "marketing.aws.com", "54.240.15.41")),
     ("Date", D("2023-04-19 23:30:00")),
     ("From", A("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "marketing.aws.com")),
     ("Subject", H("【AWS Summit Tokyo】いよいよ明日開幕 ご登録はお済みですか?"))],
    alt("""田辺 美緒 様

AWS Summit Tokyo がいよいよ明日から2日間、幕張メッセで開催されます。
基調講演、150 以上のセッション、AWS 認定者ラウンジなど、見どころを多数ご用意しております。

AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。ご来場の際は認定証をご提示ください。

▼ご登録はこちら
https://aws.amazon.com/jp/summits/tokyo/

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
配信停止: https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
""", cte="base64"))

# 010 K1 confirmation request, Japanese keigo with table
n = nextn()
k1_conf_txt = f"""田辺 様

佐々木でございます。候補 ID のご連絡をいただき、ありがとうございました。

お知らせいただいた2件のアカウントの登録内容は、下記のとおりです。

アカウント 1
  候補 ID: {C_OLD}
  ログイン メール: {ME_C}
  トレーニング通知先メール: {ME_C}
  認定通知先メール: {ME_C}

アカウント 2
  候補 ID: {C_SSO}
  ログイン メール: {ME_C}(AWS Partner Central SSO)
  トレーニング通知先メール: {ME_C}
  認定通知先メール: {ME_C}

アカウント 2 の試験履歴・認定をアカウント 1 へ統合し、アカウント 2 は無効化いたします。
この内容で相違がなければ、その旨をご返信いただけますでしょうか。
ご確認のほど、よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
k1_conf_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>田辺 様</p>
<p>佐々木でございます。候補 ID のご連絡をいただき、ありがとうございました。</p>
<p>お知らせいただいた2件のアカウントの登録内容は、下記のとおりです。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>アカウント 1</th><th>アカウント 2</th></tr>
<tr><td>候補 ID</td><td>{C_OLD}</td><td>{C_SSO}</td></tr>
<tr><td>ログイン メール</td><td>{ME_C}</td><td>{ME_C}(AWS Partner Central SSO)</td></tr>
<tr><td>トレーニング通知先メール</td><td>{ME_C}</td><td>{ME_C}</td></tr>
<tr><td>認定通知先メール</td><td>{ME_C}</td><td>{ME_C}</td></tr>
</table>
<p>アカウント 2 の試験履歴・認定をアカウント 1 へ統合し、アカウント 2 は無効化いたします。<br>
この内容で相違がなければ、その旨をご返信いただけますでしょうか。<br>
ご確認のほど、よろしくお願いいたします。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
"""
msg(L("confirmation_request", True, K1, [C_OLD, C_SSO]), "K1 confirmation request with account table (Japanese)",
    "account #1/#2 listing in Japanese labels (アカウント 1/2), both on the same login email; keigo ask",
    tc_headers(n, ME_C, tcs(K1, space=True), D("2023-04-21 05:20:33"), o365_auth(**AWS_O),
               in_reply=MID[K1_REPLY], refs=" ".join([MID[ACK_K1], MID[K1_INFO], MID[K1_REPLY]])),
    alt(k1_conf_txt, k1_conf_html))
K1_CONF = n

# 011 K1 user reply "yes", ISO-2022-JP, '>' quoting
n = nextn()
k1_yes = f"""佐々木様

ご確認ありがとうございます。
はい、その内容で問題ございません。アカウント 2 をアカウント 1 に統合してください。

田辺

-----Original Message-----
From: {TC}
Sent: Friday, April 21, 2023 1:20 PM
To: 田辺 美緒
Subject: {tcs(K1, space=True)}

{q(k1_conf_txt)}"""
msg(L("user_reply", case=K1), "K1 owner confirms the merge",
    "short Japanese confirmation above a quoted request that contains both candidate IDs (not new text)",
    [("Date", D("2023-04-21 14:02:11", "+0800")),
     ("From", A("田辺 美緒", ME_C, "iso-2022-jp")),
     ("To", TC),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", H(tcs(K1, space=True), "iso-2022-jp")),
     ("In-Reply-To", MID[K1_CONF]),
     ("References", " ".join([MID[ACK_K1], MID[K1_INFO], MID[K1_REPLY], MID[K1_CONF]]))],
    leaf(k1_yes, cs="ISO-2022-JP", cte="7bit"))
K1_YES = n

# 012 K1 resolved, Japanese
n = nextn()
k1_done = f"""田辺 様

お待たせいたしました。佐々木でございます。

アカウント 2({C_SSO})の試験履歴および認定を、アカウント 1({C_OLD})へ統合いたしました。アカウント 2 は無効化済みです。
Credly のデジタルバッジは、統合後 24〜48 時間ほどで {C_OLD} に登録されたメールアドレス宛てに発行されます。

本件は以上で完了となります。ほかにお困りのことがございましたら、このメールにご返信いただくか、新たにお問い合わせください。

このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。

佐々木
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
{q(k1_yes.split("-----Original Message-----")[0])}"""
msg(L("resolved", case=K1, cands=[C_SSO, C_OLD]), "K1 merge completed (Japanese)",
    "completion with conditional 'reply if anything else' (〜がございましたら…ご返信); quotes the owner's confirmation",
    tc_headers(n, ME_C, tcs(K1, space=True), D("2023-04-24 03:05:58"), o365_auth(**AWS_O),
               in_reply=MID[K1_YES], refs=" ".join([MID[ACK_K1], MID[K1_CONF], MID[K1_YES]])),
    alt(k1_done))

# 013 Credly badge (company), HTML base64
n = nextn()
msg(L("badge"), "Credly: badge issued",
    "'Accept your badge' call to action; HTML only, base64",
    [("Authentication-Results", o365_auth("credly.com", "credly.com", "168.245.34.12")),
     ("Date", D("2023-04-24 19:11:02")),
     ("From", A("Credly", "admin@credly.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "credly.com")),
     ("Subject", "Amazon Web Services Training and Certification sent you a badge")],
    leaf("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2>Mio, you've earned a badge!</h2>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b><br>
Issued by Amazon Web Services Training and Certification</p>
<p>Accept your badge to share your achievement on LinkedIn, add it to your email signature, and let employers verify it in one click.</p>
<p><a href="https://www.credly.com/badges/3f1c9a2e-6b0d-4f7e-9c55-1a2b8e7d4c10/accept" style="background:#00629b;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Badge ID 3f1c9a2e-6b0d-4f7e-9c55-1a2b8e7d4c10 &middot; Questions? Visit support.credly.com<br>
Credly, Inc. &middot; 1 Penn Plaza, New York, NY</p>
</td></tr></table></body></html>
""", "text/html", cte="base64"))

# 014 K1 survey, Japanese
n = nextn()
msg(L("survey", case=K1), "K1 satisfaction survey (Japanese)",
    "keigo request (お答えいただけますでしょうか) that is only a survey; mentions the case number",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.90")),
     ("Date", D("2023-04-26 01:00:14")),
     ("From", A("AWS Customer Service Survey", "aws-cs-survey@amazon.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", H(f"ケース {K1} に関するアンケートのお願い"))],
    alt(f"""田辺 美緒 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました(ケース {K1})。

サービス向上のため、今回のサポートについて簡単なアンケートにお答えいただけますでしょうか。所要時間は1分ほどです。

今回のサポートにどの程度満足されましたか?
  とても満足 https://aws.amazon.com/survey/cs?c={K1}&s=5
  満足       https://aws.amazon.com/survey/cs?c={K1}&s=4
  普通       https://aws.amazon.com/survey/cs?c={K1}&s=3
  不満       https://aws.amazon.com/survey/cs?c={K1}&s=2

このメールへの返信はできません。
"""))


# ======================================================================
# 2024
# ======================================================================

# 015 certmetrics feedback invitation
n = nextn()
msg(L("certification"), "CertMetrics 'AWS Certification wants to hear from you'",
    "looks like a survey (feedback invitation) but is a certification-program notice, not a support survey",
    [("Authentication-Results", o365_auth("certmetrics.com", "certmetrics.com", "52.27.201.115")),
     ("Date", D("2024-01-16 16:04:51")),
     ("From", A("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "certmetrics.com")),
     ("Subject", "AWS Certification wants to hear from you")],
    alt("""Hello Mio,

As an AWS Certified individual, your perspective helps shape the future of our exams. We'd like to invite you to take part in a short questionnaire about the tasks you perform in your role.

The questionnaire takes about 10 minutes and is open until 9 February 2024:
https://www.certmetrics.com/amazon/candidate/survey.aspx?id=JTA-2024-SAP

Participation is voluntary and does not affect your certification status. If you'd rather not receive invitations like this, change the "Lend your voice to AWS Certification" setting in your AWS Certification Account.

Thank you,
AWS Certification
"""))

# 016 billing statement from no-reply-aws@amazon.com (12-digit account)
n = nextn()
msg(L("unrelated"), "AWS billing statement available",
    "same sender as console cases (no-reply-aws@amazon.com); 12-digit AWS account ID in subject brackets",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.45")),
     ("Date", D("2024-03-02 08:14:27")),
     ("From", A("Amazon Web Services", NOREPLY)),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", "Amazon Web Services Billing Statement Available [Account: 481920374615]")],
    alt("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4615, is available on the AWS web site. Your account will be charged the following:

Total: USD 1,284.37

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""))

# 017 K2 console acknowledgement
n = nextn()
k2_ack = f"""Dear AWS Customer,

Your request has been created. [AWS ID 481920374615]

Case ID: {K2}
Subject: {K2_SUBJ}
Severity: General guidance
Correspondence: Hello, after my recertification last week the Benefits page of my AWS Certification account no longer shows the 50% exam discount voucher I had before. It was there in July. Can you check what happened? Thanks, Mio Tanabe

To contact us again about this issue, please visit the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={K2}&language=en

(If you are connecting by federation, log in before following the link.)

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This is an automated message. *Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg(L("acknowledgement", case=K2), "K2 console 'New Support case' mail",
    "10-digit case next to a 12-digit account ID; the owner's own question is echoed; 'contact us again' is conditional",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.45")),
     ("Date", D("2024-09-03 06:48:10")),
     ("From", A("Amazon Web Services", NOREPLY)),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", f"Amazon Web Services: New Support case: {K2}")],
    leaf(k2_ack))
K2_ACK = n

# 018 K2 console info request with feedback footer
n = nextn()
k2_info = f"""Hello,

Thank you for contacting AWS Support. My name is Hector and I'll be assisting you with this case.

I understand that the 50% exam discount no longer appears on the Benefits page of your AWS Certification account since you recertified. Certification benefits are attached to your certification profile rather than to the AWS account (481920374615) this case was opened from, so I first need to find that profile on our side.

Which candidate ID does your certification profile show? You'll find it in the top-right corner after signing in at https://www.aws.training/Certification - it starts with "AWS" followed by eight digits. And could you let me know roughly on what date you recertified?

With those two details I'll check the voucher status with the certification team.

Hector G.
Amazon Web Services
{CONSOLE_FOOTER}"""
msg(L("info_request", True, K2), "K2 console request for candidate ID and date",
    "bare question with no 'please'; the Support Center boilerplate and the rating footer dominate; must be answered in the console",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.45")),
     ("Date", D("2024-09-04 02:19:55")),
     ("From", A("Amazon Web Services", NOREPLY)),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", f"RE:[CASE {K2}] {K2_SUBJ}")],
    alt(k2_info))
K2_INFO = n

# 019 colleague out-of-office
n = nextn()
msg(L("unrelated"), "Colleague's automatic reply",
    "auto-reply with 'please contact'; arrives between case mails",
    [("Authentication-Results", o365_auth("halcyonfreight.sg", "halcyonfreight.sg", "40.107.215.98")),
     ("Date", D("2024-09-04 11:02:31", "+0800")),
     ("From", A("Priya Natarajan", "p.natarajan@halcyonfreight.sg")),
     ("To", A("Mio Tanabe", ME_C)),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", "Automatic reply: Q3 carrier rate card - please review"),
     ("Auto-Submitted", "auto-replied"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "p.natarajan@halcyonfreight.sg")],
    leaf("""I'm on leave until 16 September with limited access to email.
For urgent operations matters please contact ops-desk@halcyonfreight.sg, and for rate approvals Ravi Menon.

Thanks,
Priya
""", cte="7bit", cs="us-ascii"), crlf=True)

# 020 bounce: owner replied by email to the console no-reply address
n = nextn()
bounce_txt = f"""Your message to no-reply-aws@amazon.com couldn't be delivered.

no-reply-aws wasn't found at amazon.com.

Mio Tanabe       Office 365      amazon.com
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient is set up to not accept email, contact them another way.

Diagnostic information for administrators:
Generating server: SG2PR06MB4471.apcprd06.prod.outlook.com
no-reply-aws@amazon.com
Remote server returned '550 5.1.1 Requested action not taken: mailbox unavailable'
Original message headers:
"""
bounce_hdrs = f"""Received: from SG2PR06MB4471.apcprd06.prod.outlook.com by SG2PR06MB4471.apcprd06.prod.outlook.com; Thu, 5 Sep 2024 01:12:09 +0000
From: Mio Tanabe <{ME_C}>
To: Amazon Web Services <{NOREPLY}>
Subject: RE:[CASE {K2}] {K2_SUBJ}
Date: Thu, 5 Sep 2024 01:12:04 +0000
Message-ID: <SG2PR06MB44711C0E9F2D3B8A51D4E2C7A39B2@SG2PR06MB4471.apcprd06.prod.outlook.com>
In-Reply-To: {MID[K2_INFO]}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
"""
msg(L("unrelated"), "Outlook non-delivery report for the owner's email reply to the console address",
    "bounce whose subject carries RE:[CASE N]; multipart/report with rfc822-headers; shows the console case cannot be answered by email",
    [("Date", D("2024-09-05 01:12:10")),
     ("From", A("Microsoft Outlook", "postmaster@halcyonfreight.sg")),
     ("To", A("Mio Tanabe", ME_C)),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", f"Undeliverable: RE:[CASE {K2}] {K2_SUBJ}"),
     ("Auto-Submitted", "auto-replied"),
     ("X-MS-Exchange-Message-Is-Ndr", "")],
    multi("report", [leaf(bounce_txt, cs="us-ascii", cte="7bit"),
                     leaf("Reporting-MTA: dns;SG2PR06MB4471.apcprd06.prod.outlook.com\n"
                          "Received-From-MTA: dns;SG2PR06MB4471.apcprd06.prod.outlook.com\n"
                          "Arrival-Date: Thu, 5 Sep 2024 01:12:09 +0000\n\n"
                          "Final-Recipient: rfc822;no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"
                          "Diagnostic-Code: smtp;550 5.1.1 Requested action not taken: mailbox unavailable\n",
                          "message/delivery-status", None, None),
                     leaf(bounce_hdrs, "text/rfc822-headers", None, "7bit")],
          " report-type=delivery-status;"), crlf=True)

# 021 K2 console closing notice
n = nextn()
k2_close = f"""Hello,

We haven't heard back from you regarding the information requested on this case. If we don't receive a response within the next 3 days, this case will be resolved automatically. Resolved cases can be reopened from the Support Center for 14 days, after which a new case is needed.

If you still need help, add your reply to the case in the AWS Support Center using the link below.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={K2}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================
"""
msg(L("closing_notice", True, K2), "K2 console auto-resolve warning",
    "console closing notice: the reply must go through the Support Center, not email",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.45")),
     ("Date", D("2024-09-09 02:20:04")),
     ("From", A("Amazon Web Services", NOREPLY)),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", f"RE:[CASE {K2}] {K2_SUBJ}")],
    leaf(k2_close))

# 022 vendor inactivity (Zendesk)
n = nextn()
msg(L("unrelated"), "Other vendor's ticket: 'we haven't heard back, will close'",
    "closing-notice wording from a non-AWS vendor (Zendesk); reply keeps it open",
    [("Authentication-Results", o365_auth("tallyfreight.zendesk.com", "zendesk.com", "192.161.148.17")),
     ("Date", D("2024-09-09 07:30:12")),
     ("From", A("Dana (TallyFreight TMS Support)", "support@tallyfreight.zendesk.com")),
     ("To", A("Mio Tanabe", ME_C)),
     ("Message-ID", mkid(n, "x", "tallyfreight.zendesk.com")),
     ("Subject", "[TallyFreight] Re: EDI 214 status messages delayed (Ticket #184930)")],
    alt("""##- Please type your reply above this line -##

Dana (TallyFreight TMS Support)
Sep 9, 2024, 15:30 SGT

Hi Mio,

Just checking in - we haven't heard from you since Tuesday about the delayed EDI 214 status messages. If this is still a problem, simply reply to this email and the ticket will stay open. Otherwise it will be closed automatically in 48 hours.

Cheers,
Dana

This email is a service from TallyFreight Support. Ticket #184930
"""))

# 023 K2 console case update (after owner answered in console)
n = nextn()
k2_upd = f"""Hello Mio,

Thanks for adding the candidate ID ({C_OLD}) and the recertification date (28 August) in the Support Center.

I found what happened: the voucher had been issued to your profile shortly before the recertification record posted, and the overnight profile sync voided it. The certification team has now reissued it. It can take up to 24 hours to show under Benefits, so I'll keep this case open until tomorrow to make sure it appears.

Hector G.
Amazon Web Services
{CONSOLE_FOOTER}"""
msg(L("case_update", case=K2, cands=[C_OLD]), "K2 console progress: voucher reissued",
    "progress only; the 'To respond to this case, please follow the link' boilerplate and rating footer look like asks",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.45")),
     ("Date", D("2024-09-10 03:41:27")),
     ("From", A("Amazon Web Services", NOREPLY)),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", f"RE:[CASE {K2}] {K2_SUBJ}")],
    alt(k2_upd))

# 024 K2 console resolved
n = nextn()
msg(L("resolved", case=K2), "K2 console case resolved",
    "resolution with 'you can reopen within 14 days' and console footer; no ask",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.45")),
     ("Date", D("2024-09-12 01:05:44")),
     ("From", A("Amazon Web Services", NOREPLY)),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", f"RE:[CASE {K2}] {K2_SUBJ}")],
    leaf(f"""Hello Mio,

I checked this morning and the 50% discount voucher is showing on the Benefits page of your certification profile again, valid until 12 March 2025.

As the issue is fixed, I'm marking this case as resolved. If anything else comes up about it, you can reopen the case from the Support Center within the next 14 days.

Thanks for your patience!

Hector G.
Amazon Web Services
{CONSOLE_FOOTER}"""))

# 025 K2 survey, HTML only
n = nextn()
msg(L("survey", case=K2), "Survey for the console case",
    "HTML-only rating buttons; 'please take a moment' phrasing",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.45")),
     ("Date", D("2024-09-13 04:00:02")),
     ("From", A("AWS Support", "aws-support-survey@amazon.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", f"How was your experience with AWS Support? (Case {K2})")],
    leaf(f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your recent support case <b>{K2}</b> was resolved. Please take a moment to tell us how we did &mdash; it takes less than a minute.</p>
<table cellpadding="8"><tr>
<td><a href="https://aws.amazon.com/survey/support?case={K2}&amp;r=1">1</a></td>
<td><a href="https://aws.amazon.com/survey/support?case={K2}&amp;r=2">2</a></td>
<td><a href="https://aws.amazon.com/survey/support?case={K2}&amp;r=3">3</a></td>
<td><a href="https://aws.amazon.com/survey/support?case={K2}&amp;r=4">4</a></td>
<td><a href="https://aws.amazon.com/survey/support?case={K2}&amp;r=5">5</a></td>
</tr><tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p style="color:#666;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent from an unmonitored address.</p>
</body></html>
""", "text/html"))

# 026 Skill Builder receipt
n = nextn()
msg(L("unrelated"), "AWS Skill Builder subscription receipt (aws.training)",
    "training-platform mail with an order number; AWS T&C branding",
    [("Authentication-Results", o365_auth("aws.training", "aws.training", "54.240.3.12")),
     ("Date", D("2024-11-20 11:26:09")),
     ("From", A("AWS Skill Builder", "no-reply@aws.training")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "aws.training")),
     ("Subject", "Your AWS Skill Builder Individual subscription receipt")],
    alt("""Hi Mio,

Thanks for subscribing to AWS Skill Builder Individual.

Order ID: SB-20241120-448190
Plan: Individual, monthly
Amount: USD 29.00 (charged to card ending 0931)
Next billing date: 20 December 2024

You can manage or cancel your subscription at any time from My Account > Subscriptions.

Happy learning,
AWS Training and Certification
"""))

# 027 certmetrics expiry reminder
n = nextn()
msg(L("certification"), "CertMetrics expiry reminder",
    "'Recertify before ...' deadline language; certification notice",
    [("Authentication-Results", o365_auth("certmetrics.com", "certmetrics.com", "52.27.201.115")),
     ("Date", D("2024-12-02 15:00:37")),
     ("From", A("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "certmetrics.com")),
     ("Subject", "Your AWS Certified Developer - Associate certification expires in 120 days")],
    alt("""Hello Mio,

Your AWS Certified Developer - Associate certification expires on 1 April 2025.

To maintain your certification, pass the current version of the exam, or a higher-level exam in the same path, before that date. Remember that you can use the 50% discount from the Benefits page of your AWS Certification Account.

If your certification expires, you will lose access to its benefits and your digital badge will show as expired.

AWS Certification
"""))


# ======================================================================
# 2025
# ======================================================================

# 028 SNS subscription confirmation (personal)
n = nextn()
msg(L("unrelated"), "SNS subscription confirmation",
    "AWS mail saying 'To confirm this subscription, click'; 12-digit account ID inside an ARN",
    [("Authentication-Results", gmail_auth("amazonaws.com", "0101019503b3e7aa-bounces@sns.amazonaws.com", "54.240.9.77", sel="7v7vs6w47njt4pimodk5mmttbegzsi6n")),
     ("Date", D("2025-02-14 12:31:08")),
     ("From", A("AWS Notifications", "no-reply@sns.amazonaws.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "ap-southeast-1.amazonses.com")),
     ("Subject", "AWS Notification - Subscription Confirmation")],
    leaf("""You have chosen to subscribe to the topic:
arn:aws:sns:ap-southeast-1:609314857202:budget-alerts

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription
https://sns.ap-southeast-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:ap-southeast-1:609314857202:budget-alerts&Token=2336412f37fb687f5d51e6e2425c464de257ee2f

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
""", cte="7bit", cs="UTF-8"))

# 029 HR offboarding (company)
n = nextn()
msg(L("unrelated"), "HR offboarding checklist",
    "a real 'please reply by ... to confirm' request, and it even tells her to move certifications - but it is HR, not support",
    [("Authentication-Results", o365_auth("halcyonfreight.sg", "halcyonfreight.sg", "40.107.215.98")),
     ("Date", D("2025-03-18 09:15:40", "+0800")),
     ("From", A("Halcyon People Team", "people@halcyonfreight.sg")),
     ("To", A("Mio Tanabe", ME_C)),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", "Offboarding checklist - Mio Tanabe (last day 30 May 2025)")],
    alt("""Hi Mio,

We've received your resignation letter and your last working day is confirmed as Friday, 30 May 2025. Below is your offboarding checklist.

Please reply to this email by 9 May to confirm:
1. The date you will return your laptop and access card
2. Whether you would like copies of your 2024 and 2025 payslips

Your company email account will be deactivated at 6 pm on your last day. Make sure any external accounts registered with your Halcyon address (training portals, vendor logins, professional certifications) are moved to a personal address before then.

Best regards,
Siti Rahman
People Team, Halcyon Freight Pte. Ltd.
""", cte="quoted-printable"))

# 030 Japanese community newsletter, Shift_JIS base64
n = nextn()
msg(L("unrelated"), "Japanese cloud community newsletter (Shift_JIS)",
    "Shift_JIS; discusses moving AWS certification accounts on job change; 'reply to this mail to join' invitation",
    [("Authentication-Results", gmail_auth("sgjp-cloud.org", "news@sgjp-cloud.org", "203.0.113.24", sel="default")),
     ("Date", D("2025-04-02 19:00:00", "+0800")),
     ("From", A("SG-JP クラウド勉強会", "news@sgjp-cloud.org", "shift_jis")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "sgjp-cloud.org")),
     ("Subject", H("【SG-JP クラウド勉強会】4月のお知らせ:転職時のAWS認定アカウント移行LT", "shift_jis"))],
    leaf("""SG-JP クラウド勉強会 メンバーの皆さま

こんにちは、運営の松本です。4月の勉強会のお知らせです。

■日時: 4月24日(木) 19:30〜21:00
■場所: One-North 近くのコワーキングスペース(オンライン併用)
■内容:
 ・LT「転職したら会社アドレスの AWS 認定アカウントはどうなる?」
 ・LT「Builder ID と認定アカウントの関係を整理する」
 ・もくもく会

参加希望の方は、このメールに「参加」とだけ書いて返信してください。
会場の都合上、先着20名とさせていただきます。

配信停止をご希望の方はお知らせください。
SG-JP クラウド勉強会 運営
""", cs="Shift_JIS", cte="base64"))

# 031 Builder ID verification code (personal)
n = nextn()
msg(L("unrelated"), "AWS Builder ID verification code",
    "6-digit one-time code; AWS sender domain signin.aws",
    [("Authentication-Results", gmail_auth("signin.aws", "010001969f2b1c7e-bounces@signin.aws", "54.240.48.101", sel="224i4yxa5dv7c2xz3womw6peuasteono")),
     ("Date", D("2025-05-10 13:02:44")),
     ("From", A("AWS", "no-reply@signin.aws")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", "Verify your AWS Builder ID email address")],
    alt("""Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 824506

This code expires in 30 minutes. If you didn't request this code, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", cte="7bit"))

# 032 certmetrics welcome (personal), new candidate ID
n = nextn()
msg(L("certification", cands=[C_NEW]), "CertMetrics welcome to the new (personal) certification account",
    "certification notice with a candidate ID; tells her to contact support about merging (not a reply request)",
    [("Authentication-Results", gmail_auth("certmetrics.com", "bounce@certmetrics.com", "52.27.201.115", sel="cm1")),
     ("Date", D("2025-05-10 13:20:19")),
     ("From", A("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "certmetrics.com")),
     ("Subject", "Welcome to your AWS Certification Account")],
    alt(f"""Hello Mio Tanabe,

Your AWS Certification Account has been created.

Candidate ID: {C_NEW}

Use this ID whenever you schedule an exam or contact AWS Training and Certification.

If you already hold AWS Certifications under another AWS Certification Account, contact AWS Training and Certification support to have the accounts merged, and wait for the merge to complete before you schedule a new exam.

AWS Certification
"""))

# 033 K3 acknowledgement (company), CRLF, QP
n = nextn()
k3_ack = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {K3} to address your request. The details of your case are as follows:

Case ID: {K3}
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I am leaving Halcyon Freight at the end of May and would like my certification history moved from my company account to my personal one.
All email addresses I may have used: {ME_C}, {ME_P}
Email address I would like to keep: {ME_P}

We typically respond within 24 hours, although some requests need a little longer. Please do not open a new case for this request - duplicate cases delay our response.

If you have anything to add, reply to this email and your message will be attached to the case.

Sincerely,
Amazon Web Services Training and Certification
"""
msg(L("acknowledgement", case=K3), "K3 acknowledgement (English, company address)",
    "echoes the owner's form text (both addresses); 'reply to this email' is conditional; 15-digit case; CRLF",
    tc_headers(n, ME_C, tcs(K3), D("2025-05-12 07:39:42"), o365_auth(**AWS_O)),
    leaf(k3_ack), crlf=True)
K3_ACK = n

# 034 phishing, lookalike domain (company)
n = nextn()
msg(L("suspicious"), "Phishing from a lookalike domain about a certification merge",
    "passes SPF/DKIM/DMARC for its own lookalike domain; urgent 'verify within 48 hours'; arrives hours after the real ack",
    [("Authentication-Results", o365_auth("aws-trainingcert-help.com", "aws-trainingcert-help.com", "45.138.16.211")),
     ("Date", D("2025-05-12 11:58:03")),
     ("From", A("AWS Training & Certification", "support@aws-trainingcert-help.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "aws-trainingcert-help.com")),
     ("Subject", "Action required: verify your identity to complete your certification account merge")],
    leaf("""<html><body style="font-family:Amazon Ember,Arial,sans-serif">
<img src="https://aws-trainingcert-help.com/static/aws-logo.png" alt="aws">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your certifications, both accounts must be verified within <b>48 hours</b>. Otherwise the request will be cancelled and your certification records may be suspended.</p>
<p><a href="https://aws-trainingcert-help.com/merge/verify?u=m.tanabe">Verify my accounts</a></p>
<p>Reference: MRG-2025-55183</p>
<p>AWS Training and Certification Team</p>
</body></html>
""", "text/html"))

# 035 K4 acknowledgement (duplicate form, Japanese, personal)
n = nextn()
k4_ack = f"""田辺 美緒 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース {K4} を作成しました。ご依頼の詳細は以下のとおりです。

ケース ID: {K4}
件名: account-assistance
お問い合わせタイプ: AWS トレーニングと認定 / 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職に伴い、会社のメールアドレス({ME_C})で登録している認定アカウントを、個人のメールアドレス({ME_P})のアカウントへ統合したいです。昨日英語で問い合わせましたが、まだ連絡がないため念のため再送します。

通常24時間以内にご回答いたします。
本件について追加の情報がある場合は、このメールに返信してください。

AWS トレーニングと認定
"""
msg(L("acknowledgement", case=K4), "K4 acknowledgement of a duplicate form submission (Japanese, personal)",
    "second case for the same request (duplicate); the echoed form text mentions the earlier inquiry; base64 UTF-8",
    tc_headers(n, ME_P, tcs(K4, space=True), D("2025-05-13 06:54:15"), gmail_auth(**AWS_G)),
    alt(k4_ack, cte="base64"))
K4_ACK = n

# 036 K4 closed as duplicate (Japanese) -> resolved
n = nextn()
k4_dup = f"""田辺 美緒 様

AWS トレーニングと認定の中村です。

同じご依頼について、昨日ケース {K3} が作成されており、すでに担当者が確認を進めております。二重対応を避けるため、本ケース({K4})はこれをもってクローズいたします。お客様側での作業は必要ございません。

今後のご連絡は、ケース {K3} にて英語の担当者よりお送りいたします。なお、最初のお問い合わせは会社のメールアドレスから送信されているため、ご連絡が {ME_C} 宛てに届く可能性がございます。あらかじめご了承ください。

中村
AWS トレーニングと認定 カスタマーサービス
"""
msg(L("resolved", case=K4), "K4 closed as duplicate of K3 (Japanese)",
    "mentions two case numbers (belongs to the one in the subject); 'お客様側での作業は必要ございません'; closing is not a closing_notice",
    tc_headers(n, ME_P, tcs(K4, space=True), D("2025-05-13 07:48:02"), gmail_auth(**AWS_G),
               in_reply=MID[K4_ACK], refs=MID[K4_ACK]),
    alt(k4_dup))
K4_DUP = n

# 037 K4 owner's reply (Japanese, Gmail)
n = nextn()
k4_ok = f"""中村様

承知しました。重複して送ってしまい失礼しました。
引き続き {K3} での対応をお待ちします。

田辺
"""
msg(L("user_reply", case=K4), "Owner acknowledges the duplicate closure (Japanese)",
    "the owner's short reply on K4 names K3 in its body; Gmail Japanese quote header",
    [("Date", D("2025-05-13 16:05:33", "+0800")),
     ("From", A("田辺美緒", ME_P)),
     ("To", TC),
     ("Message-ID", mkid(n, "gmail")),
     ("Subject", H(tcs(K4, space=True))),
     ("In-Reply-To", MID[K4_DUP]),
     ("References", MID[K4_ACK] + " " + MID[K4_DUP])],
    alt(k4_ok + f"\n2025年5月13日(火) 15:48 <{TC}>:\n\n" + q(k4_dup)))

# 038 K3 APN hold with a question (company)
n = nextn()
k3_hold = f"""Hi Mio,

Thanks for your patience while I looked into this - and congratulations on the next step in your career!

I was able to find both certification profiles. The one registered to {ME_C} (candidate ID {C_OLD}) is associated with an AWS Partner Network organization, Halcyon Freight Pte. Ltd. Certifications on partner-associated profiles count toward that organization's partner standing, so our policy is not to move them out while the holder is still employed there. For that reason I've put the merge on hold for now.

That said, we can normally go ahead once someone is on their way out. Can you confirm whether you're leaving Halcyon Freight, and if so, what your last working day will be?

Kind regards,
Aoife
AWS Training and Certification Customer Service
"""
msg(L("on_hold", True, K3, [C_OLD]), "K3 APN partner hold that asks whether she is leaving",
    "hold explained at length; the ask is a plain question near the end without 'please'",
    tc_headers(n, ME_C, tcs(K3), D("2025-05-14 07:41:12"), o365_auth(**AWS_O),
               refs=MID[K3_ACK]),
    alt(k3_hold))
K3_HOLD = n

# 039 AWS marketing (company)
n = nextn()
msg(L("unrelated"), "AWS T&C marketing: 50% off next exam",
    "amazon.com marketing sender using certification vocabulary (benefits, voucher)",
    [("Authentication-Results", o365_auth("amazon.com", "marketing.aws.com", "54.240.15.41")),
     ("Date", D("2025-05-14 08:00:00")),
     ("From", A("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "x", "marketing.aws.com")),
     ("Subject", "Mio, your next AWS Certification is 50% off")],
    alt("""Hi Mio,

Because you hold an active AWS Certification, you're eligible for 50% off your next certification exam.

Find your discount under Benefits in your AWS Certification Account, then schedule your exam with Pearson VUE.

Ready for the next challenge? Explore AWS Certified Security - Specialty and AWS Certified Machine Learning Engineer - Associate.

Schedule an exam: https://aws.amazon.com/certification/

You are receiving this email because you are registered with AWS Training and Certification. Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""))

# 040 K3 owner reply (company), Outlook Original Message, CRLF
n = nextn()
k3_leaving = f"""Hi Aoife,

Yes, I'm resigning. My last working day at Halcyon Freight is Friday 30 May 2025, and this mailbox will be switched off that evening.

Please move everything to the account I created with my personal address, {ME_P} (candidate ID {C_NEW}). I'd appreciate it if this could be done before the 30th.

Best regards,
Mio Tanabe
Senior Solutions Engineer | Halcyon Freight Pte. Ltd.
"""
msg(L("user_reply", case=K3, cands=[C_NEW]), "K3 owner confirms she is leaving",
    "owner's text contains 'Please move everything' (her request to support); quoted hold contains the other candidate ID",
    [("Date", D("2025-05-14 16:22:08", "+0800")),
     ("From", A("Mio Tanabe", ME_C)),
     ("To", TC),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", tcs(K3)),
     ("In-Reply-To", MID[K3_HOLD]),
     ("References", MID[K3_ACK] + " " + MID[K3_HOLD]),
     ("Thread-Topic", tcs(K3))],
    leaf(k3_leaving + f"""
-----Original Message-----
From: {TC} <{TC}>
Sent: Wednesday, May 14, 2025 3:41 PM
To: Mio Tanabe <{ME_C}>
Subject: {tcs(K3)}

""" + k3_hold), crlf=True)
K3_LEAVE = n

# 041 K3 on hold, no ask
n = nextn()
k3_wait = """Mio,

Thanks for confirming. I've sent a release request to the APN team that manages Halcyon Freight's partner profile; they need to detach your certification record before I can merge anything. That normally takes 2-3 business days.

Nothing needed from you in the meantime - I'll write again as soon as they've actioned it.

Rafael
AWS T&C Customer Service
"""
msg(L("on_hold", case=K3), "K3 waiting on the APN team, nothing asked",
    "on hold without a question; short; 'Nothing needed from you'",
    tc_headers(n, ME_C, tcs(K3), D("2025-05-15 02:10:57"), o365_auth(**AWS_O),
               in_reply=MID[K3_LEAVE], refs=" ".join([MID[K3_ACK], MID[K3_HOLD], MID[K3_LEAVE]])),
    leaf(k3_wait, cte="7bit", cs="us-ascii"))
K3_WAIT = n

# 042 GitHub merged (personal)
n = nextn()
msg(L("unrelated"), "GitHub: Renovate PR merged in her own repo",
    "'merged' in subject and body; personal address",
    [("Authentication-Results", gmail_auth("github.com", "noreply@github.com", "192.30.252.207", sel="pf2023")),
     ("Date", D("2025-05-16 00:44:31")),
     ("From", A("renovate[bot]", "notifications@github.com")),
     ("To", A("mtanabe/terraform-aws-budget-alerts", "terraform-aws-budget-alerts@noreply.github.com")),
     ("Cc", A("Mio Tanabe", ME_P) + ", " + A("Author", "author@noreply.github.com")),
     ("Message-ID", "<mtanabe/terraform-aws-budget-alerts/pull/7/issue_event/17733018442@github.com>"),
     ("In-Reply-To", "<mtanabe/terraform-aws-budget-alerts/pull/7@github.com>"),
     ("Subject", "Re: [mtanabe/terraform-aws-budget-alerts] chore(deps): update terraform aws to v5.98.0 (PR #7)")],
    alt("""Merged #7 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mtanabe/terraform-aws-budget-alerts/pull/7#event-17733018442
You are receiving this because you authored the thread.
"""))

# 043 AWS Partner Central notice (company), no case
n = nextn()
msg(L("unrelated"), "AWS Partner Central notice: certification record detached",
    "AWS (amazon.com) mail about the very same merge, 'No action is required from you', but not a support case mail and no case number",
    [("Authentication-Results", o365_auth("amazon.com", "amazonses.com", "54.240.8.71")),
     ("Date", D("2025-05-16 09:30:48")),
     ("From", A("AWS Partner Central", "aws-partner-central-noreply@amazon.com")),
     ("To", ME_C),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", "AWS Partner Central: your certifications have been detached from Halcyon Freight Pte. Ltd.")],
    alt("""Hello Mio Tanabe,

At your request, the AWS Certifications linked to your AWS Partner Central user have been detached from the partner organization Halcyon Freight Pte. Ltd. The organization's alliance lead has been notified.

Your certifications remain valid. They will no longer count toward Halcyon Freight Pte. Ltd.'s partner programs.

No action is required from you.

AWS Partner Central
"""))

# 044 K3 info request: write from the personal address (mixed news + ask)
n = nextn()
k3_verify = f"""Dear Mio,

Good news: the APN team has detached your certification record from the Halcyon Freight partner profile, so the account is now free to be merged.

There is one more step before we can proceed. The request came from {ME_C}, but the account you wish to keep is registered to {ME_P}, and we can only make changes to an account at the request of its owner. Kindly send us a reply from {ME_P}, keeping the case number in the subject line, stating that you are the owner of that account.

Once that message reaches us we will send you a summary of both accounts for a final confirmation.

Warm regards,
Priyanka S.
AWS Training and Certification
"""
msg(L("info_request", True, K3), "K3: write again from the address on the destination account",
    "good news first, ask in the middle ('Kindly send us a reply from ...'); sent to the company address",
    tc_headers(n, ME_C, tcs(K3), D("2025-05-19 03:02:26"), o365_auth(**AWS_O),
               refs=" ".join([MID[K3_ACK], MID[K3_HOLD], MID[K3_LEAVE], MID[K3_WAIT]])),
    alt(k3_verify))
K3_VERIFY = n

# 045 owner forwards the request to herself (company -> personal)
n = nextn()
fw_body = f"""note to self: answer this from gmail tonight!

________________________________
From: {TC} <{TC}>
Sent: Monday, 19 May 2025 11:02 AM
To: Mio Tanabe <{ME_C}>
Subject: {tcs(K3)}

{k3_verify}"""
msg(L("user_reply", case=K3), "Owner forwards the K3 request to her personal mailbox",
    "forwarded copy of a real request (the ask is in the forwarded part, not addressed to her anew); from her own company address to her own personal address",
    [("Authentication-Results", gmail_auth("halcyonfreight.sg", ME_C, "40.107.215.98", sel="selector1")),
     ("Date", D("2025-05-19 11:20:51", "+0800")),
     ("From", A("Mio Tanabe", ME_C)),
     ("To", ME_P),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", f"FW: {tcs(K3)}"),
     ("Thread-Topic", tcs(K3))],
    alt(fw_body))
K3_FW = n

# 046 amazon.co.jp shipment (Japanese)
n = nextn()
msg(L("unrelated"), "Amazon.co.jp shipping notice (Japanese)",
    "amazon.co.jp retail sender; order number with dashes",
    [("Authentication-Results", gmail_auth("amazon.co.jp", "20250520031455ed1f4f0c2a4e8e9b@bounces.amazon.co.jp", "52.95.48.22", sel="rjrl6mj5k6r7j6jxyoymtzlnblgssbsq")),
     ("Date", D("2025-05-20 03:14:55")),
     ("From", A("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "email.amazon.co.jp")),
     ("Subject", H("Amazon.co.jp ご注文の商品を発送しました"))],
    alt("""田辺美緒 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせいたします。

注文番号: 250-4418273-1190652
お届け予定日: 5月27日(火)〜5月29日(木)
お届け先: シンガポール

商品: AWS認定ソリューションアーキテクト プロフェッショナル 試験対策問題集
数量: 1

配送状況は「注文履歴」からご確認いただけます。
このメールは配信専用のアドレスから送信されています。

Amazon.co.jp
"""))

# 047 dmarc=fail lookalike of the real case mail (personal)
n = nextn()
msg(L("suspicious"), "Forged case mail: genuine From and subject, DKIM/DMARC fail",
    "From is the genuine T&C address and the subject carries the real case number, but Authentication-Results shows dkim=fail, spf=softfail, dmarc=fail",
    [("Authentication-Results", gmail_auth("amazon.com", TC, "185.243.115.90", dkim="fail", spf="softfail", dmarc="fail",
                                           sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug")),
     ("Received-SPF", f"softfail (google.com: domain of transitioning {TC} does not designate 185.243.115.90 as permitted sender)"),
     ("Date", D("2025-05-21 05:12:37")),
     ("From", A("AWS Training and Certification", TC)),
     ("Reply-To", "merge-desk@aws-certification-care.com"),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "mail185-243.vps-host.net")),
     ("Subject", tcs(K3))],
    alt(f"""Hello Mio,

To complete the merge of your certification accounts we need to re-validate the AWS Builder ID linked to {ME_P}.

Please sign in through the secure link below within 24 hours and enter the 6-digit code we send you. If the Builder ID is not re-validated, the merge will be cancelled and both accounts locked for 30 days.

https://signin-aws-builderid.com/verify?case={K3}

Regards,
AWS Training and Certification
"""))

# 048 K3 closing notice, top-posted over the earlier request (company)
n = nextn()
k3_close1 = f"""Hello,

Following up on case {K3}. On 19 May we asked for a message from {ME_P} to verify ownership of the destination account, and we haven't received it yet.

Unless we hear from you by 26 May 2025 the case will be closed. A reply - from the gmail address, please - will keep it open.

Tomasz
AWS Training and Certification

-------- Previous message --------
{k3_verify}"""
msg(L("closing_notice", True, K3), "K3 closing warning, top-posted over the earlier verification request",
    "new text is short; the older request is quoted below; deadline date wording",
    tc_headers(n, ME_C, tcs(K3), D("2025-05-22 02:30:19"), o365_auth(**AWS_O),
               refs=" ".join([MID[K3_ACK], MID[K3_HOLD], MID[K3_LEAVE], MID[K3_WAIT], MID[K3_VERIFY]])),
    leaf(k3_close1))
K3_CLOSE1 = n

# 049 owner writes from personal; subject lacks case number; threaded by headers
n = nextn()
k3_own = f"""Hello,

This is Mio Tanabe, writing from my personal address {ME_P} as Priyanka asked.

I confirm that I own this email address and the AWS Certification account registered to it ({C_NEW}). My old account is {C_OLD}, registered to {ME_C}.

Thank you,
Mio
"""
msg(L("user_reply", case=K3, cands=[C_NEW, C_OLD]), "K3 ownership statement from the personal address, no case number anywhere",
    "subject has no [CASE]; body has no case number; belongs to K3 only through In-Reply-To/References",
    [("Date", D("2025-05-22 21:48:16", "+0800")),
     ("From", A("Mio Tanabe", ME_P)),
     ("To", TC),
     ("Message-ID", mkid(n, "gmail")),
     ("Subject", "Account merge - confirmation from my personal address"),
     ("In-Reply-To", MID[K3_FW]),
     ("References", " ".join([MID[K3_ACK], MID[K3_VERIFY], MID[K3_FW]]))],
    alt(k3_own))
K3_OWN = n

# 050 K3 confirmation request, HTML only with table (personal)
n = nextn()
k3_conf_html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hi Mio,</p>
<p>Thanks for writing in from your Gmail address &mdash; that's everything we needed from the partner side and from you. I've now got both profiles lined up:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th align="left"></th><th align="left">Account #1</th><th align="left">Account #2</th></tr>
<tr><td>Candidate ID</td><td>{C_NEW}</td><td>{C_OLD}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
</table>
<p>The profile we keep survives; the other one is retired and everything on it (exam history, certifications, benefits) moves across. From your earlier messages I understand Account #1 is the one to keep.</p>
<p>Shall I go ahead and merge Account #2 into Account #1?</p>
<p>Aoife<br>
AWS Training and Certification Customer Service</p>
</body></html>
"""
msg(L("confirmation_request", True, K3, [C_NEW, C_OLD]), "K3 confirmation request, HTML-only table",
    "HTML-only, no text/plain; Account #1/#2 in table cells; the ask is one question with no 'please' or 'confirm'",
    tc_headers(n, ME_P, tcs(K3), D("2025-05-23 09:05:40"), gmail_auth(**AWS_G),
               in_reply=MID[K3_OWN], refs=" ".join([MID[K3_ACK], MID[K3_VERIFY], MID[K3_OWN]])),
    leaf(k3_conf_html, "text/html"))
K3_CONF = n
K3_CONF_TXT = f"""Hi Mio,

Thanks for writing in from your Gmail address - that's everything we needed from the partner side and from you. I've now got both profiles lined up:

                                  Account #1               Account #2
Candidate ID                      {C_NEW}              {C_OLD}
Login email                       {ME_P}  {ME_C}
Training notification email       {ME_P}  {ME_C}
Certification notification email  {ME_P}  {ME_C}
Active certifications             0                        3

The profile we keep survives; the other one is retired and everything on it (exam history, certifications, benefits) moves across. From your earlier messages I understand Account #1 is the one to keep.

Shall I go ahead and merge Account #2 into Account #1?

Aoife
AWS Training and Certification Customer Service
"""

# 051 newsletter (personal)
n = nextn()
msg(L("unrelated"), "Cloud newsletter mentioning certification account merges",
    "third-party newsletter quoting AWS support phrases; 'reply and tell us' invitation",
    [("Authentication-Results", gmail_auth("cloudroundup.dev", "bounces@cloudroundup.dev", "198.2.180.14", sel="k1")),
     ("Date", D("2025-05-23 12:00:04")),
     ("From", A("Cloud Roundup", "hello@cloudroundup.dev")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "mail.cloudroundup.dev")),
     ("List-Unsubscribe", "<https://cloudroundup.dev/unsubscribe?e=mio.tanabe.sg%40gmail.com>"),
     ("Subject", "Cloud Roundup #212: Builder ID everywhere, and what happens to your certs when you change jobs")],
    alt("""CLOUD ROUNDUP #212

1. Builder ID is now the default sign-in for every AWS training property.

2. Changing jobs? Your AWS certifications belong to you, not your employer. Readers report the same flow every time: file the Training and Certification contact form, get a case number, and wait for support to list "Account #1" and "Account #2" and ask which one to keep. Reply, and a few hours later you get "successfully merged". One tip: do it before your company mailbox closes.

3. Pricing changes for S3 Express One Zone.

Got a story about a painful account merge? Hit reply and tell us - we read everything.

You're receiving this because you subscribed at cloudroundup.dev.
"""))

# 052 company IT: mailbox deactivation
n = nextn()
msg(L("unrelated"), "Company IT: mailbox will be disabled",
    "'Please reply YES' request from IT; about the same mailbox closure that matters for the case",
    [("Authentication-Results", o365_auth("halcyonfreight.sg", "halcyonfreight.sg", "40.107.215.98")),
     ("Date", D("2025-05-26 09:00:12", "+0800")),
     ("From", A("Halcyon IT Service Desk", "it-servicedesk@halcyonfreight.sg")),
     ("To", A("Mio Tanabe", ME_C)),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", "[INC0048812] Your mailbox will be disabled on 30 May 2025")],
    leaf("""Hello Mio,

As part of your offboarding, your mailbox m.tanabe@halcyonfreight.sg will be disabled at 18:00 SGT on 30 May 2025. Messages sent to it afterwards will bounce.

We can set an automatic reply pointing senders to a new contact for 90 days. Please reply YES to this email if you would like that, and tell us the text to use.

Regards,
IT Service Desk
Halcyon Freight Pte. Ltd.
""", cte="quoted-printable"), crlf=True)

# 053 K3 second closing notice (personal), no 'please'
n = nextn()
k3_close2 = """Hi Mio,

Just circling back on my message from Friday - I still need your go-ahead before I can combine the two profiles, and I'd rather not merge anything on a guess.

If I don't hear from you, this case will close automatically on Friday 30 May. Any reply before then keeps it open. You can of course write in again afterwards, but it would mean starting over with a new case.

Aoife
"""
msg(L("closing_notice", True, K3), "K3 follow-up: 'still need your go-ahead', closes 30 May",
    "friendly reminder without 'please'/'confirm'; the closure condition is the ask; UTF-8 8bit",
    tc_headers(n, ME_P, tcs(K3), D("2025-05-27 01:14:09"), gmail_auth(**AWS_G),
               in_reply=MID[K3_CONF], refs=" ".join([MID[K3_ACK], MID[K3_OWN], MID[K3_CONF]])),
    alt(k3_close2, cte="8bit"))
K3_CLOSE2 = n

# 054 owner confirms, top-posted Gmail over long history
n = nextn()
k3_yes = f"""Confirmed - please merge Account #2 into Account #1 and keep {ME_P}.
Sorry for the slow reply, it's been a hectic handover week.

Mio
"""
k3_yes_full = k3_yes + f"""
On Tue, 27 May 2025 at 09:14, <{TC}> wrote:

{q(k3_close2)}>
> On Fri, 23 May 2025 at 17:05, <{TC}> wrote:
>
{q(K3_CONF_TXT, '>> ')}"""
msg(L("user_reply", case=K3), "K3 owner confirms the merge (top-posted over two quoted mails)",
    "two levels of quoted history contain the account table and the question; her new text has no candidate ID",
    [("Date", D("2025-05-27 14:03:27", "+0800")),
     ("From", A("Mio Tanabe", ME_P)),
     ("To", TC),
     ("Message-ID", mkid(n, "gmail")),
     ("Subject", f"Re: {tcs(K3)}"),
     ("In-Reply-To", MID[K3_CLOSE2]),
     ("References", " ".join([MID[K3_ACK], MID[K3_OWN], MID[K3_CONF], MID[K3_CLOSE2]]))],
    alt(k3_yes_full))
K3_YES = n

# 055 K3 resolved, quoting the old question
n = nextn()
k3_done = f"""Hi Mio,

Done! I've merged Account #2 ({C_OLD}) into Account #1. Your exam history, your three active certifications and your certification benefits now sit on the profile you sign in to with {ME_P}, and the old Halcyon profile has been retired.

Credly usually issues the badges to the new address within a day or so, and you'll get an email from them for each one. If something doesn't look right once you've signed in, just reply here.

Best of luck with the new role!
Aoife

-----
From: Mio Tanabe <{ME_P}>
Sent: 27 May 2025 06:03
Subject: Re: {tcs(K3)}

{k3_yes}
> Shall I go ahead and merge Account #2 into Account #1?
"""
msg(L("resolved", case=K3, cands=[C_OLD]), "K3 merged",
    "completion that quotes the old question ('Shall I go ahead ...?') and says 'just reply here' conditionally",
    tc_headers(n, ME_P, tcs(K3), D("2025-05-28 02:40:51"), gmail_auth(**AWS_G),
               in_reply=MID[K3_YES], refs=" ".join([MID[K3_ACK], MID[K3_CONF], MID[K3_CLOSE2], MID[K3_YES]])),
    alt(k3_done))
K3_DONE = n

# 056 Credly badge (personal)
n = nextn()
msg(L("badge"), "Credly: badge issued to the personal address",
    "'Accept' call to action; base64 HTML + text",
    [("Authentication-Results", gmail_auth("credly.com", "bounces+1840@em.credly.com", "168.245.34.12", sel="s1")),
     ("Date", D("2025-05-28 06:12:30")),
     ("From", A("Credly", "admin@credly.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "credly.com")),
     ("Subject", "You've earned a badge from Amazon Web Services Training and Certification")],
    alt("""Congratulations, Mio!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/9c0e4b71-22d4-4c8f-8a1e-7d51f3b0aa62/accept

Once accepted, you can share it on LinkedIn and other networks.

Credly
""", cte="base64"))

# 057 Credly: two more badges
n = nextn()
msg(L("badge"), "Credly: two further badges",
    "'You have 2 pending badges' - action language; plain text only",
    [("Authentication-Results", gmail_auth("credly.com", "bounces+1840@em.credly.com", "168.245.34.12", sel="s1")),
     ("Date", D("2025-05-28 06:13:02")),
     ("From", A("Credly", "admin@credly.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "credly.com")),
     ("Subject", "You have 2 pending badges from Amazon Web Services Training and Certification")],
    leaf("""Hi Mio,

You have 2 pending badges waiting for you:

- AWS Certified Solutions Architect - Associate
- AWS Certified Cloud Practitioner

Sign in to accept them: https://www.credly.com/earner/earned

Pending badges are not visible to others until you accept them.

The Credly Team
"""))

# 058 K3 survey, HTML only
n = nextn()
msg(L("survey", case=K3), "Survey for the main case",
    "HTML-only; 'Did we resolve your issue? Yes / No' looks like a question to answer",
    [("Authentication-Results", gmail_auth("amazon.com", "0100018f7a2c5d1e-bounces@amazonses.com", "54.240.27.56", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug")),
     ("Date", D("2025-05-29 02:41:00")),
     ("From", A("AWS Customer Service Survey", "aws-cs-survey@amazon.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", f"How did we do? Case {K3}")],
    leaf(f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello Mio,</p>
<p>You recently contacted AWS Training and Certification (case {K3}). We'd love to hear about your experience.</p>
<p><b>Did we resolve your issue?</b> <a href="https://aws.amazon.com/survey/cs?c={K3}&amp;q1=yes">Yes</a> | <a href="https://aws.amazon.com/survey/cs?c={K3}&amp;q1=no">No</a></p>
<p><b>How satisfied were you with the support you received?</b></p>
<table><tr>
<td><a href="https://aws.amazon.com/survey/cs?c={K3}&amp;q2=1">&#9733;</a></td>
<td><a href="https://aws.amazon.com/survey/cs?c={K3}&amp;q2=2">&#9733;&#9733;</a></td>
<td><a href="https://aws.amazon.com/survey/cs?c={K3}&amp;q2=3">&#9733;&#9733;&#9733;</a></td>
<td><a href="https://aws.amazon.com/survey/cs?c={K3}&amp;q2=4">&#9733;&#9733;&#9733;&#9733;</a></td>
<td><a href="https://aws.amazon.com/survey/cs?c={K3}&amp;q2=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td>
</tr></table>
<p style="font-size:11px;color:#777">Your answers are anonymous. Please do not reply to this message.</p>
</body></html>
""", "text/html", cte="quoted-printable"))

# 059 Credly lookalike phishing
n = nextn()
msg(L("suspicious"), "Fake Credly mail from a lookalike domain",
    "Credly branding and the merge story; domain credly-badges.net; passes auth for its own domain",
    [("Authentication-Results", gmail_auth("credly-badges.net", "noreply@credly-badges.net", "91.215.85.40", sel="mail")),
     ("Date", D("2025-05-29 17:22:11")),
     ("From", A("Credly", "notifications@credly-badges.net")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "credly-badges.net")),
     ("Subject", "Action needed: your AWS badges will be revoked in 72 hours")],
    alt("""Hi Mio,

Because your AWS Certification accounts were recently merged, the badges on your old profile must be re-claimed on the new one. Badges that are not re-claimed within 72 hours are revoked and cannot be restored.

Re-claim my badges: https://credly-badges.net/reclaim?id=9c0e4b71

The Credly Team
"""))

# 060 colleague asks about certs (company)
n = nextn()
msg(L("unrelated"), "Colleague asks her to confirm which certs remain valid",
    "human request mentioning APN and certifications, from a colleague (not support)",
    [("Authentication-Results", o365_auth("halcyonfreight.sg", "halcyonfreight.sg", "40.107.215.98")),
     ("Date", D("2025-05-30 10:12:45", "+0800")),
     ("From", A("Ravi Menon", "r.menon@halcyonfreight.sg")),
     ("To", A("Mio Tanabe", ME_C)),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", "APN scorecard - your certs")],
    leaf("""Hi Mio,

For the APN scorecard: can you confirm which of your AWS certs were still counted for us before you detached them? I need to update the tier worksheet before Monday's partner review.

Also - very sad to see you go. See you at lunch!

Ravi
""", cte="7bit", cs="us-ascii"), crlf=True)

# 061 farewell lunch invitation (company)
n = nextn()
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Priya Natarajan:mailto:p.natarajan@halcyonfreight.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mio Tanabe:mailto:m.tanabe@halcyonfreight.sg
SUMMARY:Farewell lunch for Mio
DTSTART;TZID=Singapore Standard Time:20250530T123000
DTEND;TZID=Singapore Standard Time:20250530T140000
LOCATION:Lau Pa Sat
UID:040000008200E00074C5B7101A82E0080000000070A5F1E2C0D1DB01000000000000000010000000
END:VEVENT
END:VCALENDAR
"""
msg(L("unrelated"), "Calendar invitation: farewell lunch",
    "RSVP request (text/calendar METHOD:REQUEST)",
    [("Authentication-Results", o365_auth("halcyonfreight.sg", "halcyonfreight.sg", "40.107.215.98")),
     ("Date", D("2025-05-30 10:40:02", "+0800")),
     ("From", A("Priya Natarajan", "p.natarajan@halcyonfreight.sg")),
     ("To", A("Mio Tanabe", ME_C)),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", "Farewell lunch for Mio")],
    multi("alternative", [leaf("Farewell lunch for Mio - Lau Pa Sat, 12:30. Please accept so I can book the table!\n", cte="7bit", cs="us-ascii"),
                          leaf(ics, "text/calendar; method=REQUEST", "utf-8", "7bit")]))

# 062 certmetrics: profile updated (personal)
n = nextn()
msg(L("certification", cands=[C_NEW]), "CertMetrics: account information updated",
    "notice after the merge with a candidate ID; 'if you did not make this change, contact' is conditional",
    [("Authentication-Results", gmail_auth("certmetrics.com", "bounce@certmetrics.com", "52.27.201.115", sel="cm1")),
     ("Date", D("2025-06-02 04:33:19")),
     ("From", A("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "certmetrics.com")),
     ("Subject", "Your AWS Certification Account information has been updated")],
    alt(f"""Hello Mio Tanabe,

The certification history of another profile has been added to your AWS Certification Account ({C_NEW}). Your transcript now lists 3 active certifications.

If you did not request this change, contact AWS Training and Certification.

AWS Certification
"""))

# 063 owner reopens K3 (personal), mentions the console case number
n = nextn()
k3_reopen = f"""Hi Aoife,

Thanks a lot - exam history and certifications all came across. One thing is missing though: under Benefits on the new account there's no 50% exam discount, and the old account definitely had an unused one (it was reissued last September via support case {K2}). Could you take a look?

Mio
"""
msg(L("user_reply", case=K3), "Owner reports a missing benefit on the resolved case",
    "owner's own question ('Could you take a look?'); body names the old console case number, but the thread is K3",
    [("Date", D("2025-06-03 20:17:40", "+0800")),
     ("From", A("Mio Tanabe", ME_P)),
     ("To", TC),
     ("Message-ID", mkid(n, "gmail")),
     ("Subject", f"Re: {tcs(K3)}"),
     ("In-Reply-To", MID[K3_DONE]),
     ("References", " ".join([MID[K3_ACK], MID[K3_YES], MID[K3_DONE]]))],
    alt(k3_reopen + f"\nOn Wed, 28 May 2025 at 10:40, <{TC}> wrote:\n\n" + q(k3_done)))
K3_REOPEN = n

# 064 K3 reopened, progress
n = nextn()
k3_reopened = f"""Mio -

I've reopened your case. Exam benefits are kept in a separate system, and vouchers that were reissued after a recertification don't always follow a merge. I've filed the request to have the unused 50% voucher reissued against {C_NEW}; it's queued and should show up within two business days.

No action needed on your side. I'll confirm once it's there.

Rafael
AWS T&C Customer Service
"""
msg(L("case_update", case=K3, cands=[C_NEW]), "K3 reopened: voucher reissue requested",
    "news only ('No action needed on your side'); mentions reopening",
    tc_headers(n, ME_P, tcs(K3), D("2025-06-04 01:55:03"), gmail_auth(**AWS_G),
               in_reply=MID[K3_REOPEN], refs=" ".join([MID[K3_ACK], MID[K3_DONE], MID[K3_REOPEN]])),
    leaf(k3_reopened, cte="7bit", cs="us-ascii"))
K3_REOPENED = n

# 065 K3 resolved again
n = nextn()
msg(L("resolved", case=K3, cands=[C_NEW]), "K3 voucher restored, case closed again",
    "'no further action is required' plus 'we'd appreciate your feedback in the survey' footer-like sentence",
    tc_headers(n, ME_P, tcs(K3), D("2025-06-06 03:20:44"), gmail_auth(**AWS_G),
               in_reply=MID[K3_REOPENED], refs=" ".join([MID[K3_ACK], MID[K3_REOPEN], MID[K3_REOPENED]])),
    alt(f"""Hi Mio,

The 50% exam voucher now shows under Benefits on {C_NEW} (valid until 14 March 2026).

I'm closing the case again; no further action is required. If you have a minute, we'd appreciate your feedback in the short survey that follows.

Rafael
AWS T&C Customer Service
"""))

# 066 friend asks (Japanese, ISO-2022-JP)
n = nextn()
msg(L("unrelated"), "Friend asks how she did the merge (Japanese, ISO-2022-JP)",
    "a personal question about the same merge process, asking her to reply - but not support",
    [("Authentication-Results", gmail_auth("yahoo.co.jp", "haruka.ono.88@yahoo.co.jp", "182.22.12.114", sel="yj20110701")),
     ("Date", D("2025-06-06 22:31:09", "+0900")),
     ("From", A("小野 春香", "haruka.ono.88@yahoo.co.jp", "iso-2022-jp")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "mail.yahoo.co.jp")),
     ("Subject", H("AWS認定、個人アカウントに移せた?", "iso-2022-jp")),
     ("X-Mailer", "Yahoo Mail for iPhone")],
    leaf("""美緒ちゃん

久しぶり!新しい職場はどう?
前に言ってた AWS 認定の統合、無事に終わった?

うちの会社も APN パートナーだから、私も辞めるときに同じことをしないといけなくて……。
サポートからどんなメールが来て、どう返信したのか教えてくれると助かる!
時間あるときでいいので、よろしくね。

春香
""", cs="ISO-2022-JP", cte="7bit"))

# 067 new employer onboarding (personal)
n = nextn()
msg(L("unrelated"), "New employer onboarding mail",
    "'please reply with' request from a new employer",
    [("Authentication-Results", gmail_auth("brightwater-analytics.com", "onboarding@brightwater-analytics.com", "40.107.117.55", sel="selector2")),
     ("Date", D("2025-06-09 09:05:00", "+0800")),
     ("From", A("Brightwater Onboarding", "onboarding@brightwater-analytics.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "outlook")),
     ("Subject", "Welcome to Brightwater Analytics - your first week")],
    alt("""Hi Mio,

We're thrilled you're joining us on 16 June! Your first-week schedule is attached as a link below.

Before then, please reply with your T-shirt size and any dietary requirements for the team lunch on Wednesday.

First week: https://people.brightwater-analytics.com/onboarding/mtanabe

See you soon,
Grace, People Operations
"""))

# 068 K5 acknowledgement (Japanese, personal)
n = nextn()
k5_ack = f"""田辺 美緒 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケースを受け付けました。

ケース ID: {K5}
件名: account-assistance
お問い合わせタイプ: 認定 / その他の詳細: デジタルバッジ
お問い合わせ内容:
先月アカウント統合(ケース {K3})が完了しましたが、Credly に AWS Certified Solutions Architect - Professional のバッジが2つ表示されています(旧アドレス宛てに発行されたものと、新アドレス宛てのもの)。古い方を整理していただけますか。候補 ID: {C_NEW}

担当者より原則24時間以内にご連絡いたします。
追記事項がございましたら、本メールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
k5_ack_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:13px">
<p>田辺 美緒 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>以下の内容でケースを受け付けました。</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td>ケース ID</td><td>{K5}</td></tr>
<tr><td>件名</td><td>account-assistance</td></tr>
<tr><td>お問い合わせタイプ</td><td>認定 / その他の詳細: デジタルバッジ</td></tr>
<tr><td>お問い合わせ内容</td><td>先月アカウント統合(ケース {K3})が完了しましたが、Credly に AWS Certified Solutions Architect - Professional のバッジが2つ表示されています(旧アドレス宛てに発行されたものと、新アドレス宛てのもの)。古い方を整理していただけますか。候補 ID: {C_NEW}</td></tr>
</table>
<p>担当者より原則24時間以内にご連絡いたします。<br>追記事項がございましたら、本メールへご返信ください。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
"""
msg(L("acknowledgement", case=K5, cands=[C_NEW]), "K5 acknowledgement with echoed form in a table (Japanese)",
    "echo of the owner's form text (not quoted) names the earlier case K3, her candidate ID and her own question ('整理していただけますか'); conditional reply invitation",
    tc_headers(n, ME_P, tcs(K5), D("2025-06-16 05:21:37"), gmail_auth(**AWS_G)),
    alt(k5_ack, k5_ack_html, cte="base64"))
K5_ACK = n

# 069 K5 info request, HTML only, Japanese plain
n = nextn()
k5_info_html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:13px">
<p>田辺様</p>
<p>AWS トレーニングと認定のキムです。お問い合わせありがとうございます。</p>
<p>Credly のバッジは認定アカウントの記録に合わせて発行されますが、統合より前に発行されたバッジは自動では取り消されないことがあります。今回のケースもそれに当たると思われます。重複分の取り消しを Credly に依頼するため、次の情報が必要です。</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>#</th><th>必要な情報</th></tr>
<tr><td>1</td><td>Credly にサインインするときのメールアドレス</td></tr>
<tr><td>2</td><td>重複しているバッジの名前と、それぞれの発行日(Credly のバッジ画面に表示されます)</td></tr>
</table>
<p>このメールに返信して、上記の2点を教えてください。</p>
<p>キム<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
"""
msg(L("info_request", True, K5), "K5 request for Credly details (Japanese, HTML-only table)",
    "HTML-only; the items to send are in a table; plain 〜教えてください",
    tc_headers(n, ME_P, tcs(K5), D("2025-06-17 01:25:10"), gmail_auth(**AWS_G),
               in_reply=MID[K5_ACK], refs=MID[K5_ACK]),
    leaf(k5_info_html, "text/html", cte="base64"))
K5_INFO = n

# 070 owner answers (Japanese, Gmail)
n = nextn()
k5_ans = f"""キム様

ご連絡ありがとうございます。

1. Credly のサインイン用アドレスは {ME_P} です(旧アドレス {ME_C} もセカンダリとして登録しています)。
2. AWS Certified Solutions Architect - Professional
   ・2023年4月24日発行(旧アドレス宛て)
   ・2025年5月28日発行(新アドレス宛て)

残したいのは2025年5月28日発行の方です。念のため、候補 ID は {C_NEW} です。

よろしくお願いいたします。
田辺
"""
msg(L("user_reply", case=K5, cands=[C_NEW]), "K5 owner answers with Credly details (Japanese)",
    "answer in numbered list; Japanese Gmail quote header over an HTML-only request",
    [("Date", D("2025-06-17 12:40:05", "+0800")),
     ("From", A("田辺美緒", ME_P)),
     ("To", TC),
     ("Message-ID", mkid(n, "gmail")),
     ("Subject", f"Re: {tcs(K5)}"),
     ("In-Reply-To", MID[K5_INFO]),
     ("References", MID[K5_ACK] + " " + MID[K5_INFO])],
    alt(k5_ans + f"\n2025年6月17日(火) 9:25 <{TC}>:\n\n" + q("""田辺様

AWS トレーニングと認定のキムです。お問い合わせありがとうございます。

Credly のバッジは認定アカウントの記録に合わせて発行されますが、統合より前に発行されたバッジは自動では取り消されないことがあります。(中略)

このメールに返信して、上記の2点を教えてください。

キム
AWS トレーニングと認定 カスタマーサービス""")))
K5_ANS = n

# 071 K5 follow-up question (Japanese, bare question)
n = nextn()
k5_q = """田辺様

キムです。ありがとうございます。1点だけ確認させてください。

2023年4月24日発行のバッジを取り消すと、そのバッジの共有リンク(LinkedIn などに掲載済みのもの)はすべて無効になり、元に戻すことはできません。
取り消して問題ないでしょうか。

キム
"""
msg(L("info_request", True, K5), "K5 asks to confirm that revoking the old badge is OK (Japanese)",
    "confirms something other than the merge choice; a bare question ending in でしょうか; very short",
    tc_headers(n, ME_P, tcs(K5), D("2025-06-18 02:05:48"), gmail_auth(**AWS_G),
               in_reply=MID[K5_ANS], refs=" ".join([MID[K5_ACK], MID[K5_INFO], MID[K5_ANS]])),
    leaf(k5_q))
K5_Q = n

# 072 owner replies (Japanese, Thunderbird, ISO-2022-JP)
n = nextn()
msg(L("user_reply", case=K5), "K5 owner agrees to revoke (Japanese, ISO-2022-JP, Thunderbird)",
    "Thunderbird-style quote header; short",
    [("Date", D("2025-06-18 21:10:33", "+0800")),
     ("From", A("田辺 美緒", ME_P, "iso-2022-jp")),
     ("To", TC),
     ("Message-ID", "<" + hashlib.sha1(b"k5-tb").hexdigest()[:8] + "-1c4e-4b0e-9a7d-" + hashlib.sha1(b"k5-tb2").hexdigest()[:12] + "@gmail.com>"),
     ("Subject", H(f"Re: {tcs(K5)}", "iso-2022-jp")),
     ("In-Reply-To", MID[K5_Q]),
     ("References", " ".join([MID[K5_ACK], MID[K5_INFO], MID[K5_ANS], MID[K5_Q]])),
     ("User-Agent", "Mozilla Thunderbird"),
     ("Content-Language", "ja")],
    leaf(f"""キム様

はい、取り消していただいて問題ありません。
LinkedIn のリンクは新しいバッジのものに差し替えます。

田辺

On 2025/06/18 10:05, {TC} wrote:
{q(k5_q)}""", cs="ISO-2022-JP", cte="7bit"))
MID[nextn() - 1] = MESSAGES[-1]["headers"][3][1]
K5_OK = nextn() - 1

# 073 K5 on hold waiting for Credly (no ask)
n = nextn()
msg(L("on_hold", case=K5), "K5 waiting on Credly (Japanese keigo), nothing asked",
    "'今しばらくお待ちくださいますようお願いいたします' is a polite request that does not need a reply",
    tc_headers(n, ME_P, tcs(K5), D("2025-06-19 03:47:26"), gmail_auth(**AWS_G),
               in_reply=MID[K5_OK], refs=" ".join([MID[K5_ACK], MID[K5_Q], MID[K5_OK]])),
    alt("""田辺様

ご確認いただきありがとうございます。キムです。

2023年4月24日発行のバッジの取り消しを Credly 社へ依頼いたしました。取り消しは Credly 社側で行われるため、現在は同社からの回答待ちとなっております。

進展があり次第あらためてご連絡いたしますので、今しばらくお待ちくださいますようお願いいたします。

キム
AWS トレーニングと認定 カスタマーサービス
"""))

# 074 Pearson VUE Japanese appointment (ISO-2022-JP), 9-digit registration ID
n = nextn()
msg(L("unrelated"), "Pearson VUE appointment confirmation (Japanese, ISO-2022-JP)",
    "exam vendor; 9-digit registration ID near the word 登録; ISO-2022-JP",
    [("Authentication-Results", gmail_auth("pearson.com", "pearsonvueconfirmation@pearson.com", "159.182.114.20", sel="pearson2")),
     ("Date", D("2025-06-20 02:08:40")),
     ("From", A("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "pearsonvue.com")),
     ("Subject", H("試験予約確認: AWS Certified Security - Specialty", "iso-2022-jp"))],
    leaf("""田辺 美緒 様

Pearson VUE で試験をご予約いただき、ありがとうございます。

試験: SCS-C02: AWS Certified Security - Specialty (日本語)
日時: 2025年7月2日 10:00 (シンガポール時間)
会場: オンライン監督 (OnVUE)
登録 ID: 529810347
割引: AWS 認定特典 50%

試験開始30分前からチェックインできます。身分証明書をご用意ください。
予約の変更・キャンセルは、試験開始の24時間前までに Pearson VUE アカウントから行ってください。

このメールは送信専用です。

Pearson VUE
""", cs="ISO-2022-JP", cte="7bit"))

# 075 Japanese phishing, lookalike domain, Shift_JIS 8bit
n = nextn()
msg(L("suspicious"), "Japanese phishing from amazon-certsupport.jp (Shift_JIS 8bit)",
    "keigo request to reply or sign in; lookalike domain; a 10-digit 'ケースID' that is a prefix of a real case",
    [("Authentication-Results", gmail_auth("amazon-certsupport.jp", "info@amazon-certsupport.jp", "103.152.79.5", dkim="none", dmarc="none", p="NONE")),
     ("Date", D("2025-06-20 18:59:12", "+0900")),
     ("From", A("AWS サポート", "support@amazon-certsupport.jp", "shift_jis")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "amazon-certsupport.jp")),
     ("Subject", H("【重要】AWS認定アカウント統合に伴うお支払い情報の確認のお願い", "shift_jis"))],
    leaf("""お客様各位

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

ケースID: 1750051648

先日のアカウント統合に伴い、認定特典(50%割引)の引き継ぎにはお支払い情報の再確認が必要となりました。
下記URLよりサインインのうえ、7日以内にカード情報をご登録いただけますでしょうか。

https://amazon-certsupport.jp/benefit/confirm

期限内にご登録がない場合、特典および認定資格が無効となる場合がございます。
ご不明な点は、本メールにご返信ください。

AWS サポート
""", cs="Shift_JIS", cte="8bit"))

# 076 K5 resolved (Japanese)
n = nextn()
msg(L("resolved", case=K5), "K5 resolved: old badge revoked (Japanese)",
    "resolution with a conditional 'if the duplicate remains, reply' (〜場合は…ご返信ください)",
    tc_headers(n, ME_P, tcs(K5), D("2025-06-24 02:12:55"), gmail_auth(**AWS_G),
               refs=" ".join([MID[K5_ACK], MID[K5_OK]])),
    alt("""田辺様

キムです。お待たせしました。

Credly 社より、2023年4月24日発行の AWS Certified Solutions Architect - Professional バッジを取り消したとの連絡がありました。これで Credly 上のバッジは2025年5月28日発行の1つだけになっているはずです。

本件はこれで解決となります。万一まだ重複が表示されている場合は、このメールに返信してください。

キム
AWS トレーニングと認定 カスタマーサービス
""", cte="base64"))

# 077 Credly revoke notice
n = nextn()
msg(L("badge"), "Credly: a badge was revoked",
    "badge mail about revocation ('contact the issuer' language)",
    [("Authentication-Results", gmail_auth("credly.com", "bounces+1840@em.credly.com", "168.245.34.12", sel="s1")),
     ("Date", D("2025-06-24 05:40:17")),
     ("From", A("Credly", "admin@credly.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "credly.com")),
     ("Subject", "A badge issued to you has been revoked")],
    alt("""Hi Mio,

Amazon Web Services Training and Certification has revoked the following badge:

AWS Certified Solutions Architect - Professional (issued 24 April 2023)

Reason: duplicate badge after certification account merge.

If you believe this was done in error, please contact the issuer directly.

The Credly Team
"""))

# 078 K5 survey (Japanese)
n = nextn()
msg(L("survey", case=K5), "Survey for K5 (Japanese)",
    "Japanese keigo request to answer; mentions case number",
    [("Authentication-Results", gmail_auth("amazon.com", "0100018f7a2c5d1e-bounces@amazonses.com", "54.240.27.56", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug")),
     ("Date", D("2025-06-25 01:00:09")),
     ("From", A("AWS Customer Service Survey", "aws-cs-survey@amazon.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "ses")),
     ("Subject", H(f"サポートについてのご意見をお聞かせください(ケース {K5})"))],
    leaf(f"""<html><body style="font-family:sans-serif">
<p>田辺 美緒 様</p>
<p>先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました(ケース {K5})。</p>
<p>今後のサービス向上のため、以下のアンケートへのご協力のほど、よろしくお願いいたします。</p>
<p><a href="https://aws.amazon.com/survey/cs?c={K5}&amp;lang=ja">アンケートに回答する(約1分)</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスからお送りしています。</p>
</body></html>
""", "text/html", cte="quoted-printable"))

# 079 certmetrics: new certification on personal account
n = nextn()
msg(L("certification", cands=[C_NEW]), "CertMetrics: new certification earned on the merged account",
    "certification notice with candidate ID; 'claim your badge' wording",
    [("Authentication-Results", gmail_auth("certmetrics.com", "bounce@certmetrics.com", "52.27.201.115", sel="cm1")),
     ("Date", D("2025-07-02 09:41:05")),
     ("From", A("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "certmetrics.com")),
     ("Subject", "You did it! AWS Certified Security - Specialty")],
    alt(f"""Hello Mio,

Congratulations on earning AWS Certified Security - Specialty.

AWS Certification Account: {C_NEW}
Date achieved: 2025-07-02
Expiration date: 2028-07-02

Look out for an email from Credly to claim your digital badge.

AWS Certification
"""))

# 080 other vendor case closed (10-digit number)
n = nextn()
msg(L("unrelated"), "Other vendor's support case closed",
    "'Case 0029381746 has been closed' with a 10-digit number and 'reply to reopen within 7 days'",
    [("Authentication-Results", gmail_auth("kineticacloud.com", "support@kineticacloud.com", "13.111.59.20", sel="sf1")),
     ("Date", D("2025-07-03 23:15:40")),
     ("From", A("Kinetica Cloud Support", "support@kineticacloud.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "kineticacloud.com")),
     ("Subject", "Case 0029381746: Your case has been closed [ ref:_00D5g0K1a._5005g0bQx1:ref ]")],
    alt("""Hello Mio,

Your case 0029381746 "Query timeout on large joins" has been closed as resolved.

If the issue persists, reply to this email within 7 days and the case will be reopened automatically. After that, please open a new case from the support portal.

How did we do? Rate your experience: https://support.kineticacloud.com/survey?c=0029381746

Kinetica Cloud Support

ref:_00D5g0K1a._5005g0bQx1:ref
"""))

# 081 AWS Budgets alert (personal)
n = nextn()
msg(L("unrelated"), "AWS Budgets alert",
    "AWS sender; 12-digit account ID; 'take action' language",
    [("Authentication-Results", gmail_auth("amazonaws.com", "0101019503b3e7aa-bounces@sns.amazonaws.com", "54.240.9.77", sel="7v7vs6w47njt4pimodk5mmttbegzsi6n")),
     ("Date", D("2025-07-05 00:03:11")),
     ("From", A("AWS Budgets", "no-reply@sns.amazonaws.com")),
     ("To", ME_P),
     ("Message-ID", mkid(n, "x", "ap-southeast-1.amazonses.com")),
     ("Subject", "AWS Budgets: monthly-cap has exceeded your alert threshold")],
    leaf("""AWS Budget Notification July 05, 2025
AWS Account 609314857202

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than 80.00% of your budgeted amount USD 20.00 for the current month.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $20.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $16.42

Go to the AWS Budgets dashboard to review and take action:
https://console.aws.amazon.com/billing/home#/budgets
""", cte="7bit", cs="UTF-8"))


# ======================================================================
# README
# ======================================================================
def write_readme():
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for m in MESSAGES)
    needs = sum(1 for m in MESSAGES if m["label"]["needs_reply"])
    ja = sum(1 for m in MESSAGES if m.get("ja"))
    lines = [f"me: {ME_P} {ME_C}", "",
             "# blind-14: held-out corpus (one mailbox)", "",
             "Owner: Mio Tanabe (田辺 美緒), Singapore. Company address at Halcyon Freight Pte. Ltd. (an AWS Partner",
             "Network member) until 30 May 2025; personal Gmail. Written blind from DOMAIN.md, the seeds and",
             "BLIND-CORPUS.md only. Regenerate with `python3 gen.py` (standard library only).", "",
             "## Cases", "",
             f"- {K1} (11 digits, Apr 2023, Japanese): two certification profiles on the company address (one from Partner Central SSO);"
             " ack -> candidate-ID request -> closing notice -> reply -> confirmation (table) -> reply -> merged -> survey.",
             f"- {K2} (10 digits, Sep 2024): AWS Support Center (console) case about a missing exam voucher; the request and the"
             " closing notice must be answered in the Support Center; her email reply bounced.",
             f"- {K3} (15 digits, May-Jun 2025): main merge company -> personal. ack -> APN hold with a question -> reply -> hold"
             " (no ask) -> 'write from the personal address' -> forward to self -> closing notice -> reply threaded only by"
             " In-Reply-To/References -> HTML-only confirmation -> second closing notice -> 'Confirmed' -> merged -> survey;"
             " reopened for a missing voucher -> update -> resolved.",
             f"- {K4} (15 digits, May 2025, Japanese): duplicate form submission, closed by support as a duplicate of {K3}.",
             f"- {K5} (15 digits, Jun 2025, Japanese): duplicate Credly badge after the merge; two different asks, a hold on Credly.",
             "", "Candidate IDs: AWS03318764 (company profile), AWS09052417 (2023 SSO duplicate), AWS11720958 (personal).",
             "Not case numbers: 481920374615 / 609314857202 (AWS account IDs), 417603928 / 529810347 (Pearson VUE registration",
             "IDs), 824506 (Builder ID code), 0029381746 (another vendor's case), 1750051648 (phishing 'ケースID').",
             "", "## Judgement calls", "",
             "- A forward the owner sends herself (company -> personal) with a case subject is `user_reply` on that case,"
             " needs_reply false: she wrote it, and the request inside is quoted, not new.",
             f"- Support closing {K4} as a duplicate of {K3} is `resolved` on {K4} (the case is closed, nothing to do);"
             " it is not a `closing_notice` (nobody failed to answer).",
             "- 'Waiting on the APN team' / 'waiting on Credly' mails that ask nothing are `on_hold`, needs_reply false;"
             " the APN hold that asks whether she is leaving is `on_hold`, needs_reply true.",
             "- A reopened case with news only ('No action needed on your side') is `case_update`.",
             "- Candidate IDs echoed in an acknowledgement's 'details of your case' block count as the mail's own text"
             " (they are not quoted history); IDs only inside '>' quotes, 'Original Message' or forwarded blocks do not.",
             "- Bounces, auto-replies and mails from colleagues/friends/HR about the merge are `unrelated`, case null.",
             "- Console (Support Center) mails: request and auto-resolve warning need a reply (in the Support Center);"
             " the 'To respond to this case, please follow the link' boilerplate alone does not.",
             "", "## Totals", "",
             f"{len(MESSAGES)} messages; needs_reply true: {needs}.", "",
             "| kind | count |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        lines.append(f"| {k} | {kinds.get(k, 0)} |")
    lines += ["", "## Messages", "",
              "| file | kind | reply | case | what it is | what makes it hard |", "|---|---|---|---|---|---|"]
    for m in MESSAGES:
        lb = m["label"]
        lines.append(f"| {m['n']:03d}-x | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | "
                     f"{lb['case'] or '-'} | {m['what']} | {m['hard']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    for fn in os.listdir(HERE):
        if fn.endswith((".eml", ".json")) and fn[:3].isdigit():
            os.remove(os.path.join(HERE, fn))
    write_all()
    write_readme()
    print(f"wrote {len(MESSAGES)} messages to {HERE}")
