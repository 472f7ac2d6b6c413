#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-msg.eml / NNN-msg.json / README.md into the directory this script lives in.
One mailbox owner: personal + old company address.
"""
import base64
import json
import os
import quopri
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.tsuji.home@gmail.com"
ME_C = "tsuji.haruka@kirameki-soft.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CA = "174023881500417"   # main form case (15 digits)
CB = "174024112800958"   # duplicate form submission (15 digits)
CC = "7419630258"        # console case (10 digits)
CE = "20918374612"       # second, Japanese form case (11 digits)

SUBJ_A = f"RE:[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_A2 = f"RE: [CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"RE:[CASE {CC}] Moving my certifications to another account"
SUBJ_E = f"RE:[CASE {CE}] [AWS Training and Certification Form Submission] - account-assistance"

CSN = {"utf-8": "UTF-8", "iso2022_jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}

MESSAGES = []


def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, CSN.get(cs, cs)).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return f'"{name}" <{a}>'
    except UnicodeEncodeError:
        return f"{Header(name, CSN.get(cs, cs)).encode()} <{a}>"


def T(text, cs="utf-8", cte="8bit", sub="plain"):
    return ("part", f"text/{sub}", text, cs, cte)


def H(html, cs="utf-8", cte="quoted-printable"):
    return T(html, cs, cte, "html")


def ALT(*parts):
    return ("multi", "alternative", list(parts))


def MIX(*parts):
    return ("multi", "mixed", list(parts))


_bcount = [0]


def render(node):
    """returns (header_lines, body_bytes)"""
    if node[0] == "part":
        _, ctype, text, cs, cte = node
        raw = text.encode(cs)
        if cte == "base64":
            body = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            body = quopri.encodestring(raw)
        else:
            body = raw
        if not body.endswith(b"\n"):
            body += b"\n"
        return [f'Content-Type: {ctype}; charset="{CSN[cs]}"',
                f"Content-Transfer-Encoding: {cte}"], body
    _, sub, parts = node
    _bcount[0] += 1
    b = f"----=_Part_{_bcount[0]:04d}_{(_bcount[0] * 7919) % 100000:05d}.17{_bcount[0]:03d}"
    out = b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        h, bd = render(p)
        out += f"--{b}\n".encode() + "\n".join(h).encode() + b"\n\n" + bd
    out += f"--{b}--\n".encode()
    return [f'Content-Type: multipart/{sub}; boundary="{b}"'], out


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def gauth(dom, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    if spf == "pass":
        spf_l = f"spf=pass (google.com: domain of bounce@{dom} designates 54.240.8.{len(dom)} as permitted sender) smtp.mailfrom=bounce@{dom}"
    else:
        spf_l = f"spf={spf} (google.com: domain of transitioning bounce@{dom} does not designate 185.220.101.{len(dom)} as permitted sender) smtp.mailfrom=bounce@{dom}"
    return (f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s={sel} header.b=Qm3f8KpZ;\n"
            f"       {spf_l};\n"
            f"       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")


def cauth(dom, dkim="pass", spf="pass", dmarc="pass"):
    return (f"spf={spf} (sender IP is 54.240.27.11) smtp.mailfrom={dom}; dkim={dkim} (signature was verified)\n"
            f" header.d={dom};dmarc={dmarc} action=none header.from={dom};compauth=pass reason=100")


def add(label, note, frm, to, subj, date, body, mid, irt=None, refs=None, auth=None, auth_host="gmail",
        cc=None, extra=(), crlf=False, hcs="utf-8"):
    MESSAGES.append(dict(label=label, note=note, frm=frm, to=to, subj=subj, date=date, body=body, mid=mid,
                         irt=irt, refs=refs, auth=auth, auth_host=auth_host, cc=cc, extra=list(extra),
                         crlf=crlf, hcs=hcs))
    return mid


def L(kind, case=None, needs=False, ids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(ids)}


def build(m):
    lines = []
    if m["auth"]:
        if m["auth_host"] == "gmail":
            lines.append("Delivered-To: " + (ME_P))
            lines.append("Authentication-Results: " + m["auth"])
        else:
            lines.append("Authentication-Results: " + m["auth"])
    lines.append("From: " + m["frm"])
    lines.append("To: " + m["to"])
    if m["cc"]:
        lines.append("Cc: " + m["cc"])
    lines.append("Subject: " + enc_hdr(m["subj"], m["hcs"]))
    lines.append("Date: " + m["date"])
    lines.append("Message-ID: " + m["mid"])
    if m["irt"]:
        lines.append("In-Reply-To: " + m["irt"])
    if m["refs"]:
        lines.append("References: " + m["refs"])
    lines.extend(m["extra"])
    lines.append("MIME-Version: 1.0")
    h, body = render(m["body"])
    lines.extend(h)
    data = "\n".join(lines).encode("ascii") + b"\n\n" + body
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def ses(tag):
    return f"<0100019{tag}-6c1d2e3f-4a5b-4c7d-9e8f-a1b2c3d4e5f6-000000@email.amazonses.com>"


def gm(tag):
    return f"<CAJ{tag}Xq7u=pW3kD9+fM2oHnTzR5vL@mail.gmail.com>"


def ol(tag):
    return f"<TYCPR01MB{tag}A1B2C3D4E5F6@TYCPR01MB{tag}.jpnprd01.prod.outlook.com>"


TCF = addr(TCN, TC)
MEP = addr("Haruka Tsuji", ME_P)
MEC = addr("Tsuji Haruka", ME_C)
MEPJ = addr("辻 遥", ME_P)
MECJ = addr("辻 遥", ME_C)
CONF = addr("Amazon Web Services", CONSOLE)

CONSOLE_FOOT = (
    "To see the case, add a correspondence or attach files, sign in to the Support Center:\n"
    f"https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en\n\n"
    "This message was sent from an address that cannot accept incoming e-mails. To contact us about this\n"
    "case, use the Support Center link above.\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of\n"
    "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave.\n"
    "North, Seattle, WA 98109-5210\n")

RATE_FOOT = ("Your feedback helps us improve. You can rate this reply using the stars in the top right corner of\n"
             "each correspondence in the Support Center.\n")

# ---------------------------------------------------------------------------------------------------
# 001 Builder ID code
add(L("unrelated"), "Builder ID one-time code; 6-digit number must not be taken as a case id",
    addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
    "Mon, 17 Feb 2025 12:31:07 +0000",
    ALT(T("Hello,\n\nUse this code to finish verifying your email address for AWS Builder ID:\n\n"
          "    604118\n\nThe code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can\n"
          "safely ignore this message; someone may have typed your address by mistake.\n\nAWS Builder ID team\n",
          "utf-8", "7bit"),
        H("<html><body><p>Hello,</p><p>Use this code to finish verifying your email address for AWS Builder ID:</p>"
          "<p style=\"font-size:28px;letter-spacing:6px\"><b>604118</b></p><p>The code expires in 30 minutes. "
          "If you did not try to create an AWS Builder ID, you can safely ignore this message.</p>"
          "<p>AWS Builder ID team</p></body></html>")),
    ses("51a2b3c4d5e"), auth=gauth("signin.aws"))

# 002 Japanese newsletter
add(L("unrelated"), "Japanese newsletter that talks about certification account merging and 'reply' (not AWS, no case)",
    addr("週刊クラウドノート", "news@cloudnote-weekly.jp"), ME_P, "【週刊クラウドノート】第212号 転職時のAWS認定アカウント、どうする？",
    "Mon, 17 Feb 2025 22:00:03 +0900",
    T("週刊クラウドノート 第212号\n"
      "━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
      "■ 今週の特集：転職前にやっておきたいAWS認定アカウントの整理\n"
      "会社のアドレスで作った認定アカウントは、退職すると受信できなくなります。\n"
      "読者アンケートでは「サポートから英語で確認メールが来て焦った」という声が多数。\n"
      "統合の依頼はフォームから出し、サポートからの確認には早めに返信しましょう。\n\n"
      "■ 今週のリンク\n・re:Invent 2024 の振り返り記事まとめ\n・Bedrock の料金改定メモ\n\n"
      "ご意見・ご感想はこのメールにご返信ください（編集部が全て読んでいます）。\n"
      "配信停止はこちら: https://cloudnote-weekly.jp/unsubscribe?u=88231\n", "utf-8", "base64"),
    "<20250217130003.88231@cloudnote-weekly.jp>", auth=gauth("cloudnote-weekly.jp"))

# 003 GitHub merged
add(L("unrelated"), "GitHub 'Merged' notification to the company address: the word merge without any support case",
    addr("Kenji Aoyama", "notifications@github.com"), ME_C,
    "Re: [kirameki-soft/infra-terraform] Tighten IAM policy for CI runners (PR #482)",
    "Tue, 18 Feb 2025 02:14:55 +0000",
    ALT(T("Merged #482 into main.\n\n—\nReply to this email directly, view it on GitHub:\n"
          "https://github.com/kirameki-soft/infra-terraform/pull/482#event-16433021977\n"
          "You are receiving this because you were mentioned.\n", "utf-8", "7bit"),
        H("<p>Merged <a href=\"https://github.com/kirameki-soft/infra-terraform/pull/482\">#482</a> into main.</p>"
          "<p style=\"color:#666;font-size:small\">&mdash;<br>Reply to this email directly, view it on GitHub."
          "<br>You are receiving this because you were mentioned.</p>")),
    "<kirameki-soft/infra-terraform/pull/482/issue_event/16433021977@github.com>",
    irt="<kirameki-soft/infra-terraform/pull/482@github.com>", refs="<kirameki-soft/infra-terraform/pull/482@github.com>",
    auth=cauth("github.com"), auth_host="company",
    extra=["List-ID: kirameki-soft/infra-terraform <infra-terraform.kirameki-soft.github.com>"])

# 004 console ack
M004 = add(L("acknowledgement", CC), "Console 'New Support case' mail (10-digit id, 12-digit AWS account id next to it); asks nothing",
           CONF, ME_P, f"Amazon Web Services: New Support case: {CC}", "Wed, 19 Feb 2025 01:48:22 +0000",
           T("Dear Haruka Tsuji,\n\nThank you for contacting AWS Support. A new support case has been created for you.\n\n"
             f"Case ID: {CC}\nSubject: Moving my certifications to another account\nSeverity: General guidance\n"
             "Account: [AWS ID 482917305561]\nService: Account and billing\n\n"
             "An engineer normally responds to general guidance cases within 24 hours. You will get an email when\n"
             "the case is updated.\n\nSincerely,\nAmazon Web Services\n\n" + CONSOLE_FOOT, "utf-8", "7bit"),
           ses("52c11a0b7e1"), auth=gauth("amazon.com"), crlf=True)

# 005 console info request
CONSOLE_ASK = (
    "Hi Haruka,\n\nMy name is Nikhil and I'll be looking after this case.\n\n"
    "A bit of background first, because it changes where this goes. The AWS account 482917305561 you opened\n"
    "the case from is not where your certifications live. Certification records sit in a separate\n"
    "Certification account (CertMetrics), and only the AWS Training and Certification team can move them\n"
    "between accounts. I can refer this to them, but they will want to know exactly what to merge.\n\n"
    "Which email address do you sign in to AWS Certification with today, and under which address should\n"
    "everything end up? Candidate IDs (AWS followed by eight digits, shown at the top right of the\n"
    "certification site) help too if you have them. Add your answer to this case in the Support Center;\n"
    "replies sent to this email address are not received.\n\nBest regards,\nNikhil R.\nAmazon Web Services\n")
M005 = add(L("info_request", CC, True), "Console correspondence: question after background, must be answered in Support Center, rating footer",
           CONF, ME_P, SUBJ_C, "Wed, 19 Feb 2025 09:12:40 +0000",
           ALT(T("Hello,\n\nWe have updated your support case. The new correspondence is below.\n\n"
                 f"Case ID: {CC}\n------------------------------------------------------------\n" + CONSOLE_ASK +
                 "------------------------------------------------------------\n\n" + RATE_FOOT + "\n" + CONSOLE_FOOT,
                 "utf-8", "quoted-printable"),
               H("<html><body><p>Hello,</p><p>We have updated your support case. The new correspondence is below.</p>"
                 f"<p>Case ID: {CC}</p><hr><div>" + CONSOLE_ASK.replace("\n\n", "</p><p>").replace("\n", " ") +
                 "</div><hr><p style=\"font-size:small\">" + RATE_FOOT + "</p><p style=\"font-size:small\">" +
                 CONSOLE_FOOT.replace("\n", "<br>") + "</p></body></html>")),
           ses("52c4e19ab02"), irt=M004, refs=M004, auth=gauth("amazon.com"))

# 006 billing (same sender as console)
add(L("unrelated"), "Billing statement from the same no-reply-aws sender as console cases; 12-digit account id in subject",
    CONF, ME_P, "Amazon Web Services Billing Statement Available [Account: 482917305561]",
    "Wed, 19 Feb 2025 14:02:11 +0000",
    T("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site.\n"
      "Your account will be charged the following:\n\nTotal: $3.41\n\n"
      "Please see the Bills page in the AWS Billing console for details:\nhttps://console.aws.amazon.com/billing/home#/bills\n\n"
      "Account ID: 482917305561\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
      "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n",
      "utf-8", "7bit"),
    ses("53a991bc0d4"), auth=gauth("amazon.com"))

# 007 Pearson VUE (Japanese)
add(L("unrelated"), "Exam vendor confirmation in Japanese: 9-digit registration id, 'please' wording, AWS certification exam",
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C,
    "試験予約の確認 - AWS Certified Solutions Architect - Professional", "Thu, 20 Feb 2025 03:20:45 +0000",
    T("辻 遥 様\n\nAWS認定試験のご予約を承りました。\n\n"
      "試験: SAP-C02 AWS Certified Solutions Architect - Professional\n"
      "登録ID: 418273650\n日時: 2025年3月22日(土) 10:00\n会場: オンライン (OnVUE)\n\n"
      "試験開始30分前からチェックインが可能です。身分証明書をご準備ください。\n"
      "予約の変更・キャンセルは試験開始24時間前までにWebサイトから行ってください。\n\n"
      "Pearson VUE\n", "iso2022_jp", "7bit"),
    "<1740021645.418273650.jp@pearsonvue.com>", auth=cauth("pearson.com"), auth_host="company", hcs="iso2022_jp")

# 008 console closing notice
M008 = add(L("closing_notice", CC, True), "Console auto-resolve warning: answer must go through Support Center; no 'please'",
           CONF, ME_P, SUBJ_C, "Fri, 21 Feb 2025 09:30:02 +0000",
           T("Hello,\n\n"
             f"We haven't heard from you on case {CC} since our last correspondence on February 19.\n\n"
             "If there is no new correspondence, this case will be resolved automatically in 3 days. Adding a\n"
             "reply in the Support Center keeps it open. Once resolved, a case can be reopened from the Support\n"
             "Center for up to 14 days.\n\nSincerely,\nAmazon Web Services\n\n" + CONSOLE_FOOT, "utf-8", "7bit"),
           ses("54f0012c3a7"), irt=M005, refs=f"{M004} {M005}", auth=gauth("amazon.com"))

# 009 Japanese ack for duplicate B (company address)
ACK_B_JA = (
    "お問い合わせいただきありがとうございます。\n\n"
    f"ケース {CB} を作成いたしました。お問い合わせの内容は以下のとおりです。\n\n"
    "お問い合わせタイプ: AWS トレーニングと認定\n問題の種類: 認定\nその他の詳細: アカウントの統合\n\n"
    "本日はどのようなサポートをお求めですか?:\n"
    "I am leaving Kirameki Soft at the end of February and would like to merge my company certification\n"
    f"account into my personal one. Addresses used: {ME_C}, {ME_P}. Keep: {ME_P}\n\n"
    "担当者より通常24時間以内にご連絡いたします。内容によっては回答までにお時間をいただく場合がございます。\n"
    "同じ内容で既にケースをお持ちの場合、新しいケースは作成されないようお願いいたします。"
    "重複したケースは対応が遅れる原因となります。\n\n"
    "AWS トレーニングと認定 カスタマーサービス\n")
M009 = add(L("acknowledgement", CB), "Japanese ISO-2022-JP acknowledgement to the company address (duplicate form); 'do not open another case' is not an ask to reply",
           TCF, ME_C, f"[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance",
           "Sat, 22 Feb 2025 00:51:18 +0000", T(ACK_B_JA, "iso2022_jp", "7bit"),
           ses("55b17f0e2c9"), auth=cauth("amazon.com"), auth_host="company")

# 010 console resolved
M010 = add(L("resolved", CC), "Console resolution with rating footer and 'reopen within 14 days' line; nothing to do",
           CONF, ME_P, SUBJ_C, "Sat, 22 Feb 2025 00:58:40 +0000",
           ALT(T("Hello,\n\nWe have updated your support case. The new correspondence is below.\n\n"
                 f"Case ID: {CC}\n------------------------------------------------------------\n"
                 "Hi Haruka,\n\nThank you for adding both addresses. I have passed them, together with your note that the\n"
                 "certifications should end up under your gmail.com address, to the AWS Training and Certification\n"
                 "team. They handle account merges by email and will contact you directly from their own case, so\n"
                 "there is nothing more to do here and I am setting this case to Resolved.\n\n"
                 "Good luck with the new job!\nNikhil R.\nAmazon Web Services\n"
                 "------------------------------------------------------------\n\n" + RATE_FOOT + "\n" + CONSOLE_FOOT,
                 "utf-8", "quoted-printable"),
               H("<html><body><p>Hello,</p><p>We have updated your support case. The new correspondence is below.</p>"
                 f"<p>Case ID: {CC}</p><hr><p>Hi Haruka,</p><p>Thank you for adding both addresses. I have passed them, "
                 "together with your note that the certifications should end up under your gmail.com address, to the "
                 "AWS Training and Certification team. They handle account merges by email and will contact you directly "
                 "from their own case, so there is nothing more to do here and I am setting this case to "
                 "<b>Resolved</b>.</p><p>Good luck with the new job!<br>Nikhil R.<br>Amazon Web Services</p><hr>"
                 f"<p style=\"font-size:small\">{RATE_FOOT}</p></body></html>")),
           ses("55c8813f001"), irt=M008, refs=f"{M004} {M005} {M008}", auth=gauth("amazon.com"))

# 011 ack A (English, personal)
ACK_A = (
    "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case " + CA + " to look into your\n"
    "request.\n\nThe details of your case are as follows:\n\n"
    "Case ID: " + CA + "\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n"
    "Inquiry type: Certification\nAdditional details: Account Merge\n\n"
    "How can we help you today?\nReferred from Support Center case " + CC + ". I'm no longer going to be an\n"
    "employee of Kirameki Soft after 28 Feb. Please merge my company certification account into my personal one.\n"
    "Addresses: " + ME_C + ", " + ME_P + "\nAddress to keep: " + ME_P + "\n\n"
    "We aim to get back to you within 24 hours, although some requests need more time to investigate.\n"
    "If you already have a case open for this request, please don't create another one; duplicates slow\n"
    "things down for everyone. Anything you'd like to add can be sent as a reply to this email.\n\n"
    "Kind regards,\nAWS Training and Certification Customer Service\n")
M011 = add(L("acknowledgement", CA), "Acknowledgement quoting the form text (which contains 'Please merge'), mentions the console case number, and invites a reply conditionally",
           TCF, MEP, f"[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance",
           "Sat, 22 Feb 2025 01:03:41 +0000", T(ACK_A), ses("55d02b7c3e8"), auth=gauth("amazon.com"))

# 012 lookalike phishing using the real case number
add(L("suspicious"), "Lookalike domain reuses the real case number and asks to 'confirm the merge' via a link; its own DKIM passes",
    addr("AWS Training & Certification", "cases@amazon-certsupport.com"), ME_P,
    f"RE:[CASE {CA}] Action required: verify both accounts before merge",
    "Sat, 22 Feb 2025 04:44:10 +0000",
    ALT(T("Dear Customer,\n\nYour account merge request is pending verification. To prevent loss of your certifications,\n"
          "confirm ownership of both accounts within 24 hours:\n\nhttps://amazon-certsupport.com/verify?case=" + CA + "\n\n"
          "Failure to verify will result in permanent deactivation of both certification accounts.\n\n"
          "AWS Training and Certification\n", "utf-8", "7bit"),
        H("<p>Dear Customer,</p><p>Your account merge request is pending verification. To prevent loss of your "
          "certifications, confirm ownership of both accounts within <b>24 hours</b>:</p>"
          "<p><a href=\"https://amazon-certsupport.com/verify?case=" + CA + "\">Verify accounts</a></p>"
          "<p>Failure to verify will result in permanent deactivation of both certification accounts.</p>")),
    "<20250222044410.7781@amazon-certsupport.com>", auth=gauth("amazon-certsupport.com"))

# 013 on_hold A asks (APN)
HOLD_A = (
    "Hello Haruka,\n\nThank you for your patience, my name is Marisol and I've picked up your case.\n\n"
    "While reviewing the two certification accounts I found that the one registered with\n"
    + ME_C + " is linked to the AWS Partner Network profile of Kirameki Soft K.K. Certifications on\n"
    "partner-linked accounts count toward the partner's tier, so we can't move them to a personal account\n"
    "while the holder still works for the partner. In these situations the case is put on hold until the\n"
    "partner link can be released, and I've done that for now.\n\n"
    "Your form says you are leaving. Are you still employed by Kirameki Soft today, and what is your last\n"
    "working day? With that in writing I can ask our partner team to release the account.\n\n"
    "Warm regards,\nMarisol P.\nAWS Training and Certification\n")
M013 = add(L("on_hold", CA, True), "Partner (APN) hold whose question comes after a long explanation, no 'please'; multipart QP",
           TCF, MEP, SUBJ_A, "Sat, 22 Feb 2025 07:26:55 +0000",
           ALT(T(HOLD_A, "utf-8", "quoted-printable"),
               H("<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in HOLD_A.split("\n\n")) + "</body></html>")),
           ses("56a7731bd20"), irt=M011, refs=M011, auth=gauth("amazon.com"))

# 014 user reply from company address (wrong address)
M014 = add(L("user_reply", CA), "Person answers from the company Outlook account instead of the case address; new mail with case subject, no quote",
           MEC, TCF, "RE: [CASE " + CA + "] [AWS Training and Certification Form Submission] - account-assistance",
           "Sat, 22 Feb 2025 17:05:31 +0900",
           T("Hello Marisol,\n\nYes, I am still at Kirameki Soft until Friday 28 February 2025, which is my last working day.\n"
             "After that this mailbox will be closed. I want everything moved to " + ME_P + ".\n\n"
             "Best regards,\nHaruka Tsuji\nKirameki Soft K.K. | Cloud Infrastructure Group\n", "utf-8", "quoted-printable"),
           ol("8412"), auth=None, crlf=True,
           extra=["X-MS-Has-Attach:", "Thread-Topic: [CASE " + CA + "] [AWS Training and Certification Form Submission] - account-assistance"])

# 015 info request: write from the address on file (to company)
WRONG_ADDR = (
    "Hi,\n\nThanks for the quick answer. This message reached us from " + ME_C + ", which is not the\n"
    "contact address on case " + CA + ". For the security of your records we only act on instructions sent\n"
    "from the address on the case.\n\nWe need the same statement (that you are leaving Kirameki Soft and your\n"
    "last day is 28 February) sent as a reply from " + ME_P + ". Nothing else changes.\n\n"
    "Tomasz\nAWS T&C Customer Service\n")
M015 = add(L("info_request", CA, True), "Wrong-address reply answered: 'we need ... sent from <personal>'; short, no please; sent to the company address",
           TCF, MEC, SUBJ_A, "Sun, 23 Feb 2025 00:14:09 +0000", T(WRONG_ADDR, "utf-8", "7bit"),
           ses("57b0c14de99"), irt=M014, refs=f"{M011} {M013} {M014}", auth=cauth("amazon.com"), auth_host="company")

# 016 user reply from personal, gmail quote of 015
M016 = add(L("user_reply", CA), "Person's own reply from the personal address; Gmail quote contains support's request ('We need ...')",
           MEP, TCF, SUBJ_A, "Sun, 23 Feb 2025 10:02:47 +0900",
           ALT(T("Hi Tomasz,\n\nSending it again from my personal address as asked: I am leaving Kirameki Soft, and my last\n"
                 "working day is 28 February 2025. Please go ahead with the partner team.\n\nThanks,\nHaruka\n\n"
                 "On Sun, Feb 23, 2025 at 9:14 AM AWS Training and Certification <" + TC + "> wrote:\n\n" + q(WRONG_ADDR) + "\n",
                 "utf-8", "quoted-printable"),
               H("<div dir=\"ltr\">Hi Tomasz,<br><br>Sending it again from my personal address as asked: I am leaving "
                 "Kirameki Soft, and my last working day is 28 February 2025. Please go ahead with the partner team."
                 "<br><br>Thanks,<br>Haruka</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                 "On Sun, Feb 23, 2025 at 9:14 AM AWS Training and Certification &lt;" + TC + "&gt; wrote:<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                 + WRONG_ADDR.replace("\n", "<br>") + "</blockquote></div>")),
           gm("7bq16"), irt=M015, refs=f"{M011} {M013} {M014} {M015}", cc=addr("Sato Manabu", "sato.manabu@kirameki-soft.co.jp"))

# 017 out-of-office (JP) from the manager cc'd on 016
add(L("unrelated"), "Japanese out-of-office auto-reply whose subject carries the case number ('自動応答: RE:[CASE ...]')",
    addr("佐藤 学", "sato.manabu@kirameki-soft.co.jp"), MEP, "自動応答: " + SUBJ_A,
    "Sun, 23 Feb 2025 10:02:59 +0900",
    T("お疲れさまです。佐藤です。\n\n2月21日(金)〜2月25日(火)は休暇のため不在にしております。\n"
      "2月26日(水)以降、順次確認のうえご返信いたします。\n急ぎのご用件は情報システム部 (it-help@kirameki-soft.co.jp) までご連絡ください。\n",
      "iso2022_jp", "7bit"),
    ol("9020"), irt=M016, refs=M016, auth=gauth("kirameki-soft.co.jp"), hcs="iso2022_jp",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# 018 on_hold A, no ask
M018 = add(L("on_hold", CA), "Partner hold without any ask ('nothing you need to do right now'); different agent, short",
           TCF, MEP, SUBJ_A, "Mon, 24 Feb 2025 06:40:33 +0000",
           T("Hi Haruka,\n\nQuick update from my side. I've sent your confirmation to our Partner Operations team and asked\n"
             "them to release the certification account from Kirameki Soft's partner profile. That normally\n"
             "takes two to three business days and the case stays on hold until they come back to us.\n\n"
             "There is nothing you need to do right now. I'll write again as soon as I hear from them.\n\n"
             "Rahul\nAWS Training and Certification\n", "utf-8", "7bit"),
           ses("58e18c0aa51"), irt=M016, refs=f"{M011} {M013} {M016}", auth=gauth("amazon.com"))

# 019 info request B: bare question
M019 = add(L("info_request", CB, True), "Bare question on the duplicate case ('What are the candidate IDs ...?') to the company address",
           TCF, MEC, SUBJ_B, "Mon, 24 Feb 2025 08:05:12 +0000",
           T("Hi Haruka,\n\nWhat are the Candidate IDs of the two certification accounts? We need both before we can look at\n"
             "the merge.\n\nJun\nAWS Training and Certification\n", "utf-8", "7bit"),
           ses("58f2a9e7b1c"), irt=M009, refs=M009, auth=cauth("amazon.com"), auth_host="company")

# 020 AWS marketing (JP, HTML)
add(L("unrelated"), "AWS marketing in Japanese HTML from amazon.com with '今すぐご登録ください'",
    addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_C,
    "【AWS Summit Japan 2025】事前登録受付中 - 認定者ラウンジのご案内",
    "Mon, 24 Feb 2025 23:00:00 +0000",
    H("<html><body><table width=\"600\"><tr><td><h2>AWS Summit Japan 2025</h2>"
      "<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>"
      "<p>入場には事前登録が必要です。今すぐご登録ください。</p>"
      "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">登録する</a></p></td></tr>"
      "<tr><td style=\"font-size:10px\">このメールは送信専用です。配信停止をご希望の場合はこちら。"
      " アマゾン ウェブ サービス ジャパン合同会社</td></tr></table></body></html>", "utf-8", "base64"),
    ses("59a0001aa00"), auth=cauth("amazon.com"), auth_host="company")

# 021 certmetrics feedback invitation
add(L("certification"), "CertMetrics 'wants to hear from you' program feedback invitation: a survey-like ask that is neither the case survey nor a reply request",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, "AWS Certification wants to hear from you",
    "Tue, 25 Feb 2025 06:10:45 +0000",
    ALT(T("Hello Haruka,\n\nAs an AWS Certified individual, your opinion shapes how the program develops. We are running a\n"
          "short questionnaire (about 10 minutes) on exam experience and certification benefits.\n\n"
          "Take the questionnaire: https://www.certmetrics.com/amazon/survey/2025q1\n\n"
          "Participation is voluntary. Please do not reply to this message; this mailbox is not monitored.\n\n"
          "AWS Certification\n", "utf-8", "7bit"),
        H("<p>Hello Haruka,</p><p>As an AWS Certified individual, your opinion shapes how the program develops. "
          "We are running a short questionnaire (about 10 minutes) on exam experience and certification benefits.</p>"
          "<p><a href=\"https://www.certmetrics.com/amazon/survey/2025q1\">Take the questionnaire</a></p>"
          "<p>Participation is voluntary. Please do not reply to this message.</p>")),
    "<20250225161045.5512.certmetrics@certmetrics.com>", auth=cauth("certmetrics.com"), auth_host="company")

# 022 company IT notice (Shift_JIS)
add(L("unrelated"), "Company IT mail in Shift_JIS asking for a reply (about mailbox shutdown) - a request, but not to AWS support",
    addr("情報システム部", "it-help@kirameki-soft.co.jp"), ME_C, "【情報システム部】退職に伴うメールアカウント停止のお知らせ",
    "Tue, 25 Feb 2025 18:30:00 +0900",
    T("辻 遥 さん\n\n情報システム部です。退職手続きに伴い、以下の日時でメールアカウントを停止します。\n\n"
      "  停止日時: 2025年2月28日(金) 18:00\n\n"
      "停止後は、このアドレス宛のメールはすべて配信エラーになります。外部サービスに登録している\n"
      "アドレスの変更は、停止日までに各自で済ませてください。\n"
      "転送設定が必要な場合は、2月27日までにこのメールに返信してください。\n\n情報システム部\n",
      "shift_jis", "8bit"),
    "<20250225183000.it-help.4431@kirameki-soft.co.jp>", auth=cauth("kirameki-soft.co.jp"), auth_host="company", hcs="shift_jis")

# 023 person forwards ack B from company to personal (JP)
M023 = add(L("user_reply", CB), "Person forwards the duplicate case's Japanese acknowledgement from the company to the personal address ('転送'): not to support, asks nothing",
           MECJ, MEPJ, "転送: [CASE " + CB + "] [AWS Training and Certification Form Submission] - account-assistance",
           "Tue, 25 Feb 2025 19:12:40 +0900",
           T("自分用メモ: 会社アドレス側で出してしまった重複ケース。会社のメールが止まる前に転送。\n\n"
             "-----Original Message-----\nFrom: AWS Training and Certification <" + TC + ">\n"
             "Sent: Saturday, February 22, 2025 9:51 AM\nTo: " + ME_C + "\n"
             "Subject: [CASE " + CB + "] [AWS Training and Certification Form Submission] - account-assistance\n\n"
             + ACK_B_JA, "utf-8", "base64"),
           ol("8877"), auth=gauth("kirameki-soft.co.jp"), crlf=True, hcs="utf-8")

# 024 closing notice B
M024 = add(L("closing_notice", CB, True), "Closing notice on the duplicate case: restates the earlier ask, 'a reply keeps it open'",
           TCF, MEC, SUBJ_B, "Wed, 26 Feb 2025 07:44:19 +0000",
           T("Hello,\n\nWe are still waiting for the Candidate IDs we asked for on 24 February. Unless we hear from you by\n"
             "28 February, this case will be closed. A reply to this email is all it takes to keep it open.\n\n"
             "Regards,\nAWS Training and Certification Customer Service\n\n"
             "-----Original Message-----\nFrom: " + TC + "\nSent: 24 February 2025 08:05\n\n"
             "Hi Haruka,\n\nWhat are the Candidate IDs of the two certification accounts? We need both before we can look at\n"
             "the merge.\n\nJun\n", "utf-8", "quoted-printable"),
           ses("5ab01c2ee44"), irt=M019, refs=f"{M009} {M019}", auth=cauth("amazon.com"), auth_host="company")

# 025 user reply B from personal: close the duplicate
M025 = add(L("user_reply", CB), "Person replies on the duplicate from the other (personal) address asking to close it; names the other case number",
           MEP, TCF, SUBJ_B, "Wed, 26 Feb 2025 18:20:05 +0900",
           T("Hello,\n\nThis case is a duplicate, sorry. I submitted the form twice by mistake. The same request is already\n"
             "being handled in case " + CA + " (the partner hold is in progress there). Please close this one.\n"
             "I'm writing from my personal address because my company mailbox shuts down on Friday.\n\nHaruka Tsuji\n\n"
             "On Wed, Feb 26, 2025 at 4:44 PM AWS Training and Certification <" + TC + "> wrote:\n"
             "> Hello,\n>\n> We are still waiting for the Candidate IDs we asked for on 24 February. Unless we hear from you by\n"
             "> 28 February, this case will be closed. A reply to this email is all it takes to keep it open.\n",
             "utf-8", "7bit"),
           gm("9cc25"), irt=M024, refs=f"{M009} {M019} {M024}")

# 026 resolved B
M026 = add(L("resolved", CB), "Duplicate closed: mentions the other case number; 'no further action is required' ",
           TCF, MEP, SUBJ_B, "Wed, 26 Feb 2025 12:01:37 +0000",
           T("Hi Haruka,\n\nNo problem at all. I've closed case " + CB + " as a duplicate. Your merge continues under\n"
             "case " + CA + ", where my colleagues already have everything they need from this one.\n\n"
             "No further action is required on this case.\n\nSofía\nAWS Training and Certification\n",
             "utf-8", "quoted-printable"),
           ses("5ab7e0c1f02"), irt=M025, refs=f"{M009} {M019} {M024} {M025}", auth=gauth("amazon.com"))

# 027 case update A (HTML only)
M027 = add(L("case_update", CA), "HTML-only progress news: partner released, a separate message will follow; asks nothing",
           TCF, MEP, SUBJ_A, "Wed, 26 Feb 2025 23:15:40 +0000",
           H("<html><body style=\"font-family:Arial\"><p>Hi Haruka,</p>"
             "<p>Good news: Partner Operations has released your company certification account from the Kirameki Soft "
             "partner profile, so the hold is lifted.</p><p>I'm preparing the merge now. You'll get a separate message "
             "from me with the details of both accounts shortly.</p>"
             "<p>Best,<br>Dev<br><span style=\"color:#888\">AWS Training and Certification</span></p></body></html>"),
           ses("5ac3399e0b7"), irt=M018, refs=f"{M011} {M013} {M016} {M018}", auth=gauth("amazon.com"))

# 028 Jira
add(L("unrelated"), "Jira notification with 'please confirm' (not AWS)",
    addr("Kenji Aoyama (Jira)", "jira@kirameki-soft.atlassian.net"), ME_C,
    "[JIRA] (INFRA-1432) Please confirm the maintenance window for the RDS upgrade",
    "Thu, 27 Feb 2025 00:40:12 +0000",
    T("Kenji Aoyama commented on INFRA-1432:\n\n@Haruka Tsuji could you confirm whether Saturday 02:00-04:00 JST works before\n"
      "your last day? Please reply in the ticket so the handover is recorded.\n\n"
      "View in Jira: https://kirameki-soft.atlassian.net/browse/INFRA-1432\n", "utf-8", "7bit"),
    "<JIRA.41932.1740616812000@Atlassian.JIRA>", auth=cauth("kirameki-soft.atlassian.net"), auth_host="company")

# 029 confirmation request A (HTML-only, base64, table)
CONF_A_TEXT = (
    "Hi Haruka,\n\nThanks for waiting while the partner link was removed. Below are the two certification accounts\n"
    "I found for you.\n\n"
    "Account #1\nCandidate ID: AWS11842006\nLogin email: " + ME_P + "\nTraining notification email: " + ME_P + "\n"
    "Certification notification email: " + ME_P + "\n\n"
    "Account #2\nCandidate ID: AWS03357291\nLogin email: " + ME_C + "\nTraining notification email: " + ME_C + "\n"
    "Certification notification email: " + ME_C + "\n\n"
    "Kindly confirm that Account #1 is the one to keep. Account #2 will be retired once its exam history,\n"
    "certifications and benefits are moved across.\n\nDev\nAWS Training and Certification\n")
CONF_A_HTML = (
    "<html><body style=\"font-family:Arial;font-size:14px\"><p>Hi Haruka,</p>"
    "<p>Thanks for waiting while the partner link was removed. Below are the two certification accounts I found for you.</p>"
    "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
    "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
    "<tr><td>Candidate ID</td><td>AWS11842006</td><td>AWS03357291</td></tr>"
    f"<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
    f"<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
    f"<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr></table>"
    "<p>Kindly confirm that Account #1 is the one to keep. Account #2 will be retired once its exam history, "
    "certifications and benefits are moved across.</p><p>Dev<br>AWS Training and Certification</p></body></html>")
M029 = add(L("confirmation_request", CA, True, ["AWS11842006", "AWS03357291"]),
           "HTML-only base64 mail, Account #1/#2 in a table with candidate IDs, 'Kindly confirm'",
           TCF, MEP, SUBJ_A, "Thu, 27 Feb 2025 02:33:08 +0000", H(CONF_A_HTML, "utf-8", "base64"),
           ses("5ad41bb7c60"), irt=M027, refs=f"{M011} {M013} {M016} {M018} {M027}", auth=gauth("amazon.com"))

# 030 dmarc=fail spoof
add(L("suspicious"), "Genuine-looking case mail from the real sender address and subject, but DKIM and DMARC fail",
    TCF, MEP, SUBJ_A, "Thu, 27 Feb 2025 09:51:30 +0000",
    T("Hi Haruka,\n\nBefore the merge can be completed we need to re-validate the identity on Account #1.\n"
      "Sign in with your Builder ID at the secure page below within 12 hours:\n\n"
      "https://aws-training-verify.net/signin?case=" + CA + "\n\nDev\nAWS Training and Certification\n", "utf-8", "7bit"),
    "<20250227095130.66120@mailer.aws-training-verify.net>",
    auth=gauth("amazon.com", dkim="fail", spf="softfail", dmarc="fail"))

# 031 Skill Builder receipt
add(L("unrelated"), "Training platform receipt (aws.training) with order number; AWS, certification-adjacent, no case",
    addr("AWS Training", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt",
    "Fri, 28 Feb 2025 11:20:00 +0000",
    T("Thank you for your purchase.\n\nOrder number: 9031-557720\nItem: AWS Skill Builder Individual subscription (monthly)\n"
      "Amount: USD 29.00\n\nYou can manage your subscription at any time from your account page.\n"
      "If you have questions about this charge, contact us through the AWS Training and Certification support page.\n",
      "utf-8", "7bit"),
    "<0101019550aa.skillbuilder.receipt@aws.training>", auth=gauth("aws.training"))

# 032 closing notice A, quoting the confirmation request
M032 = add(L("closing_notice", CA, True), "Closing notice over a quoted Account #1/#2 request; candidate IDs only in the quote",
           TCF, MEP, SUBJ_A, "Sun, 02 Mar 2025 03:10:27 +0000",
           T("Hello Haruka,\n\nI'm following up on the message below from 27 February. We haven't had your confirmation yet,\n"
             "and if we don't receive a reply within 72 hours the case will be closed. Replying to this email keeps\n"
             "it open, and you can also reply after it closes to reopen it.\n\nAoife\nAWS Training and Certification\n\n"
             "-----Original Message-----\nFrom: AWS Training and Certification <" + TC + ">\n"
             "Sent: Thursday, February 27, 2025 2:33 AM\nTo: " + ME_P + "\nSubject: " + SUBJ_A + "\n\n" + CONF_A_TEXT,
             "utf-8", "quoted-printable"),
           ses("5b0e7123aa9"), irt=M029, refs=f"{M011} {M013} {M016} {M018} {M027} {M029}", auth=gauth("amazon.com"))

# 033 user reply sent to a mistyped address
M033 = add(L("user_reply", CA), "Person's confirmation sent to a mistyped support address (will bounce)",
           MEP, addr(TCN, "aws-cs-trainingcertificaton-form@amazon.com"), SUBJ_A, "Sun, 02 Mar 2025 13:02:11 +0900",
           T("Confirmed. Please merge to Account #1.\n\nHaruka\n", "utf-8", "7bit"),
           gm("2tp33"), irt=M032, refs=f"{M029} {M032}")

# 034 bounce
add(L("unrelated"), "Bounce (DSN) of the person's reply; contains the case subject and 'Please merge' in the returned text",
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", "Sun, 02 Mar 2025 04:02:15 +0000",
    MIX(T("** Address not found **\n\nYour message wasn't delivered to aws-cs-trainingcertificaton-form@amazon.com because\n"
          "the address couldn't be found, or is unable to receive mail.\n\n"
          "The response from the remote server was:\n550 5.1.1 <aws-cs-trainingcertificaton-form@amazon.com>: Recipient address rejected\n\n"
          "----- Original message -----\n\nSubject: " + SUBJ_A + "\n\nConfirmed. Please merge to Account #1.\n\nHaruka\n",
          "utf-8", "7bit")),
    "<5f1c0e.a70a0220.bounce.77e1@mx.google.com>", irt=M033, refs=M033, auth=gauth("googlemail.com"),
    extra=["Auto-Submitted: auto-replied"])

# 035 user reply resent, top-posted over long history
M035 = add(L("user_reply", CA), "Resent confirmation top-posted over nested quoted history (closing notice + Account #1/#2 request)",
           MEP, TCF, SUBJ_A, "Sun, 02 Mar 2025 13:09:52 +0900",
           T("Confirmed. Please merge to Account #1 (" + ME_P + "). Sorry for the delay, my first reply bounced.\n\n"
             "Haruka\n\nOn Sun, Mar 2, 2025 at 12:10 PM AWS Training and Certification <" + TC + "> wrote:\n"
             + q("Hello Haruka,\n\nI'm following up on the message below from 27 February. We haven't had your confirmation yet,\n"
                 "and if we don't receive a reply within 72 hours the case will be closed. Replying to this email keeps\n"
                 "it open, and you can also reply after it closes to reopen it.\n\nAoife\nAWS Training and Certification\n\n"
                 "-----Original Message-----\n" + CONF_A_TEXT) + "\n", "utf-8", "quoted-printable"),
           gm("5rr35"), irt=M032, refs=f"{M011} {M029} {M032}")

# 036 resolved A, quoting the request
RESOLVED_A = (
    "Hello Haruka,\n\nThank you for confirming. I have successfully merged all accounts into Account #1 (AWS11842006).\n"
    "Exam history, active certifications and benefits from the old account are now visible when you sign\n"
    "in with " + ME_P + ". Credly badges may be re-issued to that address over the next day.\n\n"
    "If anything looks wrong, feel free to reply and we'll take another look.\n\nDev\nAWS Training and Certification\n")
M036 = add(L("resolved", CA, False, ["AWS11842006"]),
           "'successfully merged' above an Outlook-style quote that still contains 'Kindly confirm'; conditional reply invitation",
           TCF, MEP, SUBJ_A, "Sun, 02 Mar 2025 06:47:03 +0000",
           T(RESOLVED_A + "\n-----Original Message-----\nFrom: " + ME_P + "\nSent: Sunday, March 2, 2025 4:09 AM\n"
             "Subject: " + SUBJ_A + "\n\nConfirmed. Please merge to Account #1 (" + ME_P + ").\n\n"
             "-----Original Message-----\nFrom: " + TC + "\nSent: Thursday, February 27, 2025 2:33 AM\n\n" + CONF_A_TEXT,
             "utf-8", "quoted-printable"),
           ses("5b12ff08c31"), irt=M035, refs=f"{M011} {M029} {M032} {M035}", auth=gauth("amazon.com"))

# 037 Credly badge
add(L("badge"), "Credly badge mail with 'Accept your badge' button (an ask, but not to support)",
    addr("Credly", "admin@credly.com"), ME_P,
    "Haruka, you've earned the AWS Certified Solutions Architect - Associate badge",
    "Sun, 02 Mar 2025 07:15:20 +0000",
    ALT(T("Congratulations, Haruka!\n\nAmazon Web Services Training and Certification has issued you a badge:\n"
          "AWS Certified Solutions Architect - Associate\n\nAccept your badge to add it to your profile and share it:\n"
          "https://www.credly.com/earner/earned/badge/3f2a9c1e-77b4-4e0d-9a51-0c6d2b8e1f47\n\n"
          "Badge ID: 3f2a9c1e-77b4-4e0d-9a51-0c6d2b8e1f47\n\nCredly, Inc.\n", "utf-8", "7bit"),
        H("<table width=\"600\"><tr><td><h1>Congratulations, Haruka!</h1><p>Amazon Web Services Training and "
          "Certification has issued you a badge:</p><p><b>AWS Certified Solutions Architect - Associate</b></p>"
          "<p><a href=\"https://www.credly.com/earner/earned/badge/3f2a9c1e-77b4-4e0d-9a51-0c6d2b8e1f47\" "
          "style=\"background:#ff6b00;color:#fff;padding:10px\">Accept your badge</a></p></td></tr></table>")),
    "<67c405e8a1b2c_3f2a9c1e@credly.com>", auth=gauth("credly.com"))

# 038 Credly badge 2
add(L("badge"), "Second Credly badge, HTML-only, mentions 'merged' account",
    addr("Credly", "admin@credly.com"), ME_P, "Your AWS Certified Developer - Associate badge is ready",
    "Sun, 02 Mar 2025 07:15:44 +0000",
    H("<html><body><p>Hi Haruka,</p><p>Good news &mdash; because your AWS Certification records were updated, "
      "Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p>"
      "<p>Claim it within 30 days to display it on your Credly profile.</p>"
      "<p><a href=\"https://www.credly.com/earner/earned/badge/b9d04c11-2e6a-4f3a-8c07-5e1f9a2d7c33\">View badge</a></p>"
      "</body></html>", "utf-8", "quoted-printable"),
    "<67c40600f0a3d_b9d04c11@credly.com>", auth=gauth("credly.com"))

# 039 survey A
add(L("survey", CA), "Customer-service satisfaction survey for the form case; 'Please take a moment'",
    addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
    f"How did we do? Your recent AWS Training and Certification case {CA}",
    "Mon, 03 Mar 2025 06:50:00 +0000",
    ALT(T("Hello,\n\nYou recently contacted AWS Training and Certification (case " + CA + ").\n"
          "Please take a moment to tell us how we did. The survey has three questions.\n\n"
          "Rate your experience: https://survey.aws.amazon.com/cs?case=" + CA + "\n\nThank you!\n", "utf-8", "7bit"),
        H("<p>Hello,</p><p>You recently contacted AWS Training and Certification (case " + CA + ").</p>"
          "<p>Please take a moment to tell us how we did.</p><table><tr>" +
          "".join(f"<td><a href=\"https://survey.aws.amazon.com/cs?case={CA}&r={i}\">{i}</a></td>" for i in range(1, 6)) +
          "</tr></table>")),
    ses("5b2dd0a6611"), auth=gauth("amazon.com"))

# 040 survey C (console)
add(L("survey", CC), "Support Center survey for the resolved console case",
    addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    f"Tell us about your AWS Support experience (Case ID {CC})", "Mon, 03 Mar 2025 08:02:30 +0000",
    T("Hello Haruka,\n\nYour support case " + CC + " (\"Moving my certifications to another account\") was recently\n"
      "resolved. We'd like to know how it went: would you recommend AWS Support to a colleague?\n\n"
      "Answer the 2-minute survey: https://console.aws.amazon.com/support/survey?displayId=" + CC + "\n\n"
      "This survey is optional and your answers do not affect the case.\n\nAWS Support\n", "utf-8", "7bit"),
    ses("5b2e90013c2"), auth=gauth("amazon.com"))

# 041 other vendor case closed (JP)
add(L("unrelated"), "Other vendor's support case closed (Japanese), with 'ご不明点がございましたら…ご返信ください'",
    addr("Backlog サポート", "support@backlog.example-nulab.com"), ME_P,
    "[#48213] お問い合わせ「プロジェクトの移行について」をクローズしました", "Wed, 05 Mar 2025 14:10:00 +0900",
    T("辻様\n\nお問い合わせ #48213 の対応が完了したため、チケットをクローズいたしました。\n"
      "引き続きご不明点がございましたら、本メールにご返信ください。自動的にチケットが再開されます。\n\n"
      "Backlog サポートチーム\n", "utf-8", "quoted-printable"),
    "<ticket-48213-closed@backlog.example-nulab.com>", auth=gauth("backlog.example-nulab.com"))

# 042 certmetrics expiry
add(L("certification", None, False, ["AWS11842006"]), "Certification expiry notice with candidate ID and 'recertify' call to action",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate certification expires in 60 days",
    "Wed, 05 Mar 2025 16:00:12 +0000",
    T("Hello Haruka Tsuji (Candidate ID: AWS11842006),\n\nYour AWS Certified Developer - Associate certification\n"
      "expires on 4 May 2025. To keep it active, pass the current exam or a qualifying higher-level exam before\n"
      "that date. Your 50% discount benefit can be applied when you schedule.\n\n"
      "Sign in to your AWS Certification account to view your benefits.\n\nAWS Certification\n"
      "This is an automated message; replies are not monitored.\n", "utf-8", "7bit"),
    "<20250305160012.9981.certmetrics@certmetrics.com>", auth=gauth("certmetrics.com"))

# 043 Builder ID code (JP)
add(L("unrelated"), "Japanese Builder ID verification code from login.awsapps.com (6 digits)",
    addr("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS Builder ID の検証コード",
    "Thu, 06 Mar 2025 11:41:09 +0000",
    T("こんにちは。\n\nサインインを完了するには、次の検証コードを入力してください。\n\n検証コード: 771204\n\n"
      "このコードの有効期限は10分です。心当たりがない場合は、このメールを無視してください。\n",
      "utf-8", "base64"),
    ses("5b7109aa7e0"), auth=gauth("login.awsapps.com"))

# 044 ack E (JP)
ACK_E = (
    "お問い合わせいただきありがとうございます。\n\n"
    f"ケース {CE} を作成しました。詳細は次のとおりです。\n\n"
    f"ケース ID: {CE}\nお問い合わせタイプ: 認定\nその他の詳細: Account Merge\n\n"
    "お問い合わせ内容:\n以前パートナーセントラル経由のサインインで作成されてしまった認定アカウントが残っているようです。\n"
    "個人用のアカウントに統合をお願いいたします。\n\n"
    "通常、24時間以内に担当者よりご連絡いたします。\n"
    "すでに同じ内容でケースをお持ちの場合は、別のケースを作成しないでください。\n"
    "追加でお伝えいただきたい情報がございましたら、このメールにご返信ください。\n\n"
    "AWS トレーニングと認定 カスタマーサービス\n")
M044 = add(L("acknowledgement", CE), "Japanese acknowledgement (11-digit case) ending with a conditional 'がございましたら…ご返信ください'",
           TCF, MEP, f"[CASE {CE}] [AWS Training and Certification Form Submission] - account-assistance",
           "Fri, 07 Mar 2025 02:20:44 +0000", T(ACK_E, "utf-8", "8bit"),
           ses("5b7c22d0ea1"), auth=gauth("amazon.com"))

# 045 Japanese phishing lookalike
add(L("suspicious"), "Japanese phishing from a lookalike domain about merge identity verification; urgent wording",
    addr("AWS認定サポート", "support@aws-certification-jp.com"), ME_P,
    "【重要】認定アカウント統合の本人確認が完了していません", "Fri, 07 Mar 2025 21:03:33 +0900",
    H("<html><body><p>お客様</p><p>認定アカウント統合のお手続きにおいて、本人確認が完了しておりません。"
      "48時間以内に下記より確認を行っていただけない場合、保有資格が失効いたします。</p>"
      "<p><a href=\"https://aws-certification-jp.com/login\">本人確認を行う</a></p>"
      "<p>AWS トレーニングと認定</p></body></html>", "utf-8", "base64"),
    "<20250307120333.1184@aws-certification-jp.com>", auth=gauth("aws-certification-jp.com"))

# 046 info request E (JP keigo, buried)
INFO_E = (
    "辻 様\n\nAWS トレーニングと認定カスタマーサービスの佐々木でございます。\n"
    "このたびはお問い合わせいただき、誠にありがとうございます。\n\n"
    "ご連絡いただいたメールアドレスで検索いたしましたところ、認定アカウントが複数見つかりました。"
    "パートナーセントラル経由のサインインで作成されたアカウントは、ログイン用のメールアドレスが"
    "会社のドメインになっている場合や、通知先のみが異なる場合があり、メールアドレスだけでは"
    "統合の対象を確定できないことがございます。\n\n"
    "つきましては、統合元・統合先それぞれのAWS候補ID（AWSから始まる8桁の番号）をご教示いただけますでしょうか。"
    "候補IDは認定アカウントにサインイン後、画面右上に表示されます。\n\n"
    "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
    "佐々木\nAWS トレーニングと認定 カスタマーサービス\n")
M046 = add(L("info_request", CE, True), "Japanese keigo request for candidate IDs buried after a long explanation; multipart with HTML",
           TCF, MEP, SUBJ_E, "Sat, 08 Mar 2025 01:55:20 +0000",
           ALT(T(INFO_E, "utf-8", "quoted-printable"),
               H("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in INFO_E.split("\n\n")) + "</body></html>")),
           ses("5b8a14c7d03"), irt=M044, refs=M044, auth=gauth("amazon.com"))

# 047 user reply E (JP, ISO-2022-JP) with candidate IDs
M047 = add(L("user_reply", CE, False, ["AWS09126674", "AWS11842006"]),
           "Japanese reply in ISO-2022-JP giving candidate IDs; Gmail Japanese quote header; quoted keigo request",
           MEPJ, TCF, SUBJ_E, "Sat, 08 Mar 2025 20:30:15 +0900",
           T("佐々木様\n\nご連絡ありがとうございます。候補IDは以下のとおりです。\n\n"
             "統合元（パートナーセントラル経由で作成されたもの）: AWS09126674\n"
             "統合先（個人アドレス " + ME_P + "）: AWS11842006\n\n"
             "よろしくお願いいたします。\n辻 遥\n\n"
             "2025年3月8日(土) 10:55 AWS Training and Certification <" + TC + ">:\n\n" + q(INFO_E) + "\n",
             "iso2022_jp", "7bit"),
           gm("8jp47"), irt=M046, refs=f"{M044} {M046}", hcs="iso2022_jp")

# 048 GitHub merged commit
add(L("unrelated"), "GitHub 'merged commit' into main on a personal repo; 'merge' and 'account' words",
    addr("github-actions[bot]", "notifications@github.com"), ME_P,
    "Re: [htsuji/dotfiles] Merge account settings for new laptop (PR #77)", "Sun, 09 Mar 2025 05:12:00 +0000",
    T("@htsuji merged commit 4e7a1c0 into main.\n\n—\nReply to this email directly, view it on GitHub:\n"
      "https://github.com/htsuji/dotfiles/pull/77#event-16590022311\nYou are receiving this because you authored the thread.\n",
      "utf-8", "7bit"),
    "<htsuji/dotfiles/pull/77/issue_event/16590022311@github.com>",
    irt="<htsuji/dotfiles/pull/77@github.com>", refs="<htsuji/dotfiles/pull/77@github.com>", auth=gauth("github.com"))

# 049 confirmation request E (JP, ISO-2022-JP text + HTML table)
CONF_E_TEXT = (
    "辻 様\n\n候補IDのご連絡ありがとうございました。以下の2つのアカウントを統合いたします。\n\n"
    "アカウント #1（統合先）\n候補ID: AWS11842006\nログイン用メールアドレス: " + ME_P + "\n"
    "認定通知先メールアドレス: " + ME_P + "\n\n"
    "アカウント #2（統合元）\n候補ID: AWS09126674\nログイン用メールアドレス: " + ME_C + "\n"
    "認定通知先メールアドレス: " + ME_C + "\n\n"
    "アカウント #1 に統合してよろしいか、内容をご確認のうえご返信ください。\n\n"
    "Lim\nAWS トレーニングと認定 カスタマーサービス\n")
M049 = add(L("confirmation_request", CE, True, ["AWS11842006", "AWS09126674"]),
           "Japanese Account #1/#2 confirmation, plain 〜ください, ISO-2022-JP text + UTF-8 HTML table",
           TCF, MEP, SUBJ_E, "Mon, 10 Mar 2025 03:05:51 +0000",
           ALT(T(CONF_E_TEXT, "iso2022_jp", "7bit"),
               H("<html><body><p>辻 様</p><p>候補IDのご連絡ありがとうございました。以下の2つのアカウントを統合いたします。</p>"
                 "<table border=\"1\" cellpadding=\"4\"><tr><th></th><th>アカウント #1（統合先）</th><th>アカウント #2（統合元）</th></tr>"
                 "<tr><td>候補ID</td><td>AWS11842006</td><td>AWS09126674</td></tr>"
                 f"<tr><td>ログイン用メールアドレス</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
                 f"<tr><td>認定通知先メールアドレス</td><td>{ME_P}</td><td>{ME_C}</td></tr></table>"
                 "<p>アカウント #1 に統合してよろしいか、内容をご確認のうえご返信ください。</p>"
                 "<p>Lim<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>")),
           ses("5b9c0e4a2f8"), irt=M047, refs=f"{M044} {M046} {M047}", auth=gauth("amazon.com"))

# 050 certmetrics recertification JP
add(L("certification"), "Japanese recertification congratulations from certmetrics",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS 認定の再認定が完了しました",
    "Mon, 10 Mar 2025 09:00:40 +0000",
    T("辻 遥 様\n\nAWS Certified Solutions Architect - Associate の再認定、おめでとうございます。\n"
      "新しい有効期限は 2028年3月10日 です。認定証は AWS 認定アカウントからダウンロードできます。\n\n"
      "このメールは送信専用アドレスから送信されています。\n\nAWS 認定\n", "utf-8", "quoted-printable"),
    "<20250310090040.3310.certmetrics@certmetrics.com>", auth=gauth("certmetrics.com"))

# 051 closing notice E (JP keigo)
M051 = add(L("closing_notice", CE, True), "Japanese closing notice in keigo; 'ご返信をいただければケースは継続' (reply keeps it open)",
           TCF, MEP, SUBJ_E, "Thu, 13 Mar 2025 02:00:09 +0000",
           T("辻 様\n\n3月10日にお送りした統合内容の確認について、まだご返信をいただけていないようです。\n"
             "本日から3営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。\n"
             "このメールにご返信いただければ、ケースは引き続きオープンのまま対応いたします。\n\n"
             "何卒よろしくお願いいたします。\n\nLim\nAWS トレーニングと認定 カスタマーサービス\n",
             "iso2022_jp", "7bit"),
           ses("5bc1f0d9e44"), irt=M049, refs=f"{M044} {M046} {M047} {M049}", auth=gauth("amazon.com"))

# 052 user reply E (JP, top-posted, UTF-8 QP)
M052 = add(L("user_reply", CE), "Japanese top-posted confirmation over the quoted closing notice and request",
           MEPJ, TCF, SUBJ_E, "Thu, 13 Mar 2025 12:44:30 +0900",
           T("Lim様\n\nご連絡が遅くなり申し訳ありません。内容を確認しました。アカウント #1 に統合してください。\n\n辻 遥\n\n"
             "2025年3月13日(木) 11:00 AWS Training and Certification <" + TC + ">:\n"
             + q("辻 様\n\n3月10日にお送りした統合内容の確認について、まだご返信をいただけていないようです。\n"
                 "本日から3営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。\n\n"
                 "2025年3月10日(月) 12:05 AWS Training and Certification <" + TC + ">:\n" + q(CONF_E_TEXT)) + "\n",
             "utf-8", "quoted-printable"),
           gm("4jp52"), irt=M051, refs=f"{M044} {M049} {M051}")

# 053 case update E (JP)
M053 = add(L("case_update", CE), "Japanese progress note: merge started; 'お待ちいただけますと幸いです' looks like an ask but is not",
           TCF, MEP, SUBJ_E, "Thu, 13 Mar 2025 06:18:00 +0000",
           T("辻 様\n\nご確認ありがとうございます。統合作業を開始いたしました。\n"
             "パートナーセントラル側の連携解除を伴うため、反映まで最大48時間ほどかかる場合がございます。\n"
             "完了しましたら改めてご連絡いたしますので、今しばらくお待ちいただけますと幸いです。\n\n"
             "Lim\nAWS トレーニングと認定 カスタマーサービス\n", "utf-8", "8bit"),
           ses("5bc4a71b3e0"), irt=M052, refs=f"{M044} {M049} {M051} {M052}", auth=gauth("amazon.com"))

# 054 resolved E (JP, quoted request)
M054 = add(L("resolved", CE), "Japanese completion with conditional 'ご不明な点がございましたら…ご返信ください' and the old 'ご返信ください' request quoted",
           TCF, MEP, SUBJ_E, "Fri, 14 Mar 2025 08:41:26 +0000",
           ALT(T("辻 様\n\nお待たせいたしました。アカウント #2 の内容をアカウント #1 へ統合する作業が完了いたしました。\n"
                 "試験履歴・認定・特典は、今後 " + ME_P + " でサインインした際にご確認いただけます。\n\n"
                 "その他ご不明な点がございましたら、本メールにご返信ください。\n\n"
                 "Lim\nAWS トレーニングと認定 カスタマーサービス\n\n"
                 "--- 以前のやり取り ---\n" + q(CONF_E_TEXT) + "\n", "utf-8", "base64"),
               H("<p>辻 様</p><p>お待たせいたしました。アカウント #2 の内容をアカウント #1 へ統合する作業が完了いたしました。</p>"
                 "<p>試験履歴・認定・特典は、今後 " + ME_P + " でサインインした際にご確認いただけます。</p>"
                 "<p>その他ご不明な点がございましたら、本メールにご返信ください。</p><p>Lim</p>"
                 "<blockquote>" + CONF_E_TEXT.replace("\n", "<br>") + "</blockquote>")),
           ses("5bd0e12f7a3"), irt=M053, refs=f"{M044} {M049} {M052} {M053}", auth=gauth("amazon.com"))

# 055 Credly pending badge reminder
add(L("badge"), "Credly reminder to accept a pending badge ('Don't forget to accept')",
    addr("Credly", "admin@credly.com"), ME_P, "Reminder: you have a pending badge from Amazon Web Services Training and Certification",
    "Fri, 14 Mar 2025 10:05:00 +0000",
    T("Hi Haruka,\n\nYou still have a badge waiting: AWS Certified Developer - Associate.\n"
      "Don't forget to accept it so it appears on your profile.\n\n"
      "https://www.credly.com/earner/earned/badge/b9d04c11-2e6a-4f3a-8c07-5e1f9a2d7c33\n\nCredly\n", "utf-8", "7bit"),
    "<67d3ff2c10e44_b9d04c11@credly.com>", auth=gauth("credly.com"))

# 056 survey E (JP)
add(L("survey", CE), "Japanese satisfaction survey for the Japanese case; 'ご協力をお願いいたします'",
    addr("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME_P,
    f"AWS トレーニングと認定 サポートに関するアンケートのお願い（ケース {CE}）", "Sat, 15 Mar 2025 01:00:00 +0000",
    T("辻 様\n\n先日はケース " + CE + " にてお問い合わせいただきありがとうございました。\n"
      "今後のサービス向上のため、対応についての簡単なアンケートへのご協力をお願いいたします（所要時間1分）。\n\n"
      "https://survey.aws.amazon.com/cs?case=" + CE + "&lang=ja\n\nAWS カスタマーサービス\n", "iso2022_jp", "7bit"),
    ses("5bd9f0c11b2"), auth=gauth("amazon.com"), hcs="iso2022_jp")

# 057 other vendor info request
add(L("unrelated"), "Other vendor's support asking for information by reply ('we need more information') - not AWS",
    addr("Datadog Support", "support@datadoghq.com"), ME_P, "[Datadog] Request #1887342: We need a bit more information",
    "Mon, 17 Mar 2025 15:22:10 +0000",
    T("Hi Haruka,\n\nThanks for writing in about the agent not reporting after the account transfer. Could you let us know\n"
      "the agent version and send a flare? Just reply to this email with the details.\n\n"
      "If we don't hear back within 7 days this request will be closed automatically.\n\n"
      "Best,\nMiguel | Datadog Support\n", "utf-8", "7bit"),
    "<zd.1887342.3a1f@datadoghq.zendesk.com>", auth=gauth("datadoghq.com"))

# 058 AWS marketing about certification voucher
add(L("unrelated"), "AWS marketing mail about certification and a 50% voucher (same amazon.com family, not a case)",
    addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Ready for your next AWS Certification? Your 50% discount is waiting", "Tue, 18 Mar 2025 16:00:00 +0000",
    ALT(T("Build on your success.\n\nCertified? Use your 50% discount on your next exam. Sign in to your AWS Certification\n"
          "account and open Benefits to find it.\n\nExplore exams: https://aws.amazon.com/certification/\n\n"
          "To unsubscribe, visit the subscription center.\n", "utf-8", "7bit"),
        H("<table width=\"640\"><tr><td><h1>Build on your success</h1><p>Certified? Use your 50% discount on your "
          "next exam. Sign in to your AWS Certification account and open <b>Benefits</b> to find it.</p>"
          "<p><a href=\"https://aws.amazon.com/certification/\">Explore exams</a></p></td></tr></table>")),
    ses("5c0e88aa001"), auth=gauth("amazon.com"))

# 059 Pearson VUE EN reminder
add(L("unrelated"), "Exam vendor reminder in English with 9-digit registration id; 'please' and deadline",
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Reminder: Your AWS exam appointment on 22 March 2025", "Thu, 20 Mar 2025 01:00:00 +0000",
    T("Dear Haruka Tsuji,\n\nThis is a reminder of your upcoming exam.\n\nExam: SAP-C02\nRegistration ID: 418273650\n"
      "Date: Saturday, 22 March 2025, 10:00 JST\nDelivery: OnVUE online proctored\n\n"
      "Please run the system test before exam day. Changes are possible until 24 hours before the appointment.\n\n"
      "Pearson VUE\n", "utf-8", "7bit"),
    "<1742432400.418273650.reminder@pearsonvue.com>", auth=gauth("pearson.com"))

# 060 reopen: user reply threaded only by In-Reply-To (no case number in subject)
M060 = add(L("user_reply", CA, False, ["AWS03357291"]),
           "Person writes back weeks later with a new subject lacking the case number; only In-Reply-To/References link it; candidate ID of old account",
           MEP, TCF, "Re: 50% exam voucher missing after the merge", "Tue, 01 Apr 2025 21:14:02 +0900",
           T("Hello Dev,\n\nThe merge worked, thank you. One thing is missing though: my old account (AWS03357291) had an\n"
             "unused 50% exam discount from my SAA recertification, and it does not show under Benefits on the\n"
             "merged account. Could you check?\n\nHaruka\n\n"
             "On Sun, Mar 2, 2025 at 3:47 PM AWS Training and Certification <" + TC + "> wrote:\n" + q(RESOLVED_A) + "\n",
             "utf-8", "7bit"),
           gm("6vv60"), irt=M036, refs=f"{M011} {M029} {M035} {M036}")

# 061 Amazon.co.jp order (JP) - amazon domain trap
add(L("unrelated"), "Amazon.co.jp order confirmation in Japanese: amazon domain, 'ご確認ください', not AWS",
    addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の確認",
    "Wed, 02 Apr 2025 03:11:20 +0000",
    T("辻 遥 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。ご注文内容をご確認ください。\n\n"
      "注文番号: 250-4418273-6650214\n商品: USB-C ドッキングステーション\n\nお届け予定: 4月3日(木)\n",
      "iso2022_jp", "7bit"),
    "<0100019600aa.order-confirm@amazon.co.jp>", auth=gauth("amazon.co.jp"), hcs="iso2022_jp")

# 062 case update A: reopened
M062 = add(L("case_update", CA), "Reopened-case notice under the new subject: progress only, asks nothing",
           TCF, MEP, "RE:[CASE " + CA + "] Re: 50% exam voucher missing after the merge", "Wed, 02 Apr 2025 05:30:45 +0000",
           T("Hi Haruka,\n\nI've reopened case " + CA + " for this. Benefits are handled by a separate team, so I've\n"
             "passed your note to them. They usually need three to five business days and I'll update you here\n"
             "as soon as I hear back.\n\nKwame\nAWS Training and Certification\n", "utf-8", "7bit"),
           ses("5c61a0ee377"), irt=M060, refs=f"{M036} {M060}", auth=gauth("amazon.com"))

# 063 info request A mixed (progress + buried ask), base64 text part
INFO_A2 = (
    "Hi Haruka,\n\nUpdate from the benefits team: discount vouchers earned on an account are normally copied during a\n"
    "merge, but vouchers issued from a partner-linked account are attached to the partner's benefit pool and\n"
    "are skipped. That's what happened here, and it can be fixed by issuing a new voucher directly on your\n"
    "merged account.\n\n"
    "To issue it the team needs the name of the exam the voucher came from and roughly when you passed it.\n"
    "A screenshot of the old Benefits page would work just as well if you kept one.\n\n"
    "Kwame\nAWS Training and Certification\n")
M063 = add(L("info_request", CA, True), "Progress news followed by an ask phrased as 'the team needs ...' with no question or please; base64 text + HTML",
           TCF, MEP, "RE:[CASE " + CA + "] Re: 50% exam voucher missing after the merge", "Fri, 04 Apr 2025 07:02:13 +0000",
           ALT(T(INFO_A2, "utf-8", "base64"),
               H("<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in INFO_A2.split("\n\n")) + "</body></html>")),
           ses("5c7b0a2d118"), irt=M062, refs=f"{M036} {M060} {M062}", auth=gauth("amazon.com"))

# 064 user reply A answer (Outlook.com style)
M064 = add(L("user_reply", CA), "Person's answer with exam name and date; Outlook-style header block quote",
           MEP, TCF, "RE:[CASE " + CA + "] Re: 50% exam voucher missing after the merge", "Fri, 04 Apr 2025 19:40:00 +0900",
           T("Hi Kwame,\n\nThe voucher came from passing SAA-C03 (recertification) on 14 June 2024. I don't have a screenshot,\n"
             "sorry.\n\nHaruka\n\n________________________________\nFrom: AWS Training and Certification <" + TC + ">\n"
             "Sent: Friday, April 4, 2025 16:02\nTo: " + ME_P + "\nSubject: RE:[CASE " + CA + "] Re: 50% exam voucher missing after the merge\n\n"
             + INFO_A2, "utf-8", "quoted-printable"),
           gm("1ok64"), irt=M063, refs=f"{M036} {M060} {M062} {M063}")

# 065 lookalike "closing" phishing
add(L("suspicious"), "Lookalike domain mimicking a closing notice with the real case number ('reply now or the case closes')",
    addr("AWS Support", "case-update@awstraining-support.com"), ME_P,
    f"Your case {CA} will be closed - response needed", "Sat, 05 Apr 2025 02:18:44 +0000",
    T("Hello,\n\nWe have not received the documents needed to finish your voucher request. Your case " + CA + " will\n"
      "be closed in 24 hours unless you upload a copy of your ID here:\n\n"
      "https://awstraining-support.com/upload?c=" + CA + "\n\nAWS Support\n", "utf-8", "7bit"),
    "<20250405021844.551@awstraining-support.com>", auth=gauth("awstraining-support.com"))

# 066 resolved A (voucher), quoting old ask
add(L("resolved", CA), "Resolution of the reopened case with the earlier request quoted below; conditional 'if ... reply and I'll reopen'",
    TCF, MEP, "RE:[CASE " + CA + "] Re: 50% exam voucher missing after the merge", "Mon, 07 Apr 2025 04:55:10 +0000",
    T("Hi Haruka,\n\nA new 50% discount voucher is now on your merged account under Benefits, valid until 14 June 2026.\n"
      "I'm setting the case back to resolved. If it doesn't show up after you sign out and back in, reply\n"
      "and I'll reopen it.\n\nKwame\nAWS Training and Certification\n\n"
      "On Fri, Apr 4, 2025 at 10:40 AM, " + ME_P + " wrote:\n"
      "> Hi Kwame,\n>\n> The voucher came from passing SAA-C03 (recertification) on 14 June 2024.\n>\n"
      "> On Fri, Apr 4, 2025, AWS Training and Certification wrote:\n" + q(INFO_A2, ">> ") + "\n",
      "utf-8", "quoted-printable"),
    ses("5c9a3e0f442"), irt=M064, refs=f"{M060} {M062} {M063} {M064}", auth=gauth("amazon.com"))

# 067 survey A again (HTML only)
add(L("survey", CA), "HTML-only survey with a rating table after the reopened case",
    addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
    "We'd love your feedback on your recent case", "Tue, 08 Apr 2025 06:00:00 +0000",
    H("<html><body><p>Hello,</p><p>How satisfied were you with the help you received on case " + CA + "?</p>"
      "<table><tr><td><a href=\"https://survey.aws.amazon.com/cs?case=" + CA + "&s=1\">Very dissatisfied</a></td>"
      "<td><a href=\"https://survey.aws.amazon.com/cs?case=" + CA + "&s=3\">Neutral</a></td>"
      "<td><a href=\"https://survey.aws.amazon.com/cs?case=" + CA + "&s=5\">Very satisfied</a></td></tr></table>"
      "<p>This email was sent from a notification-only address.</p></body></html>"),
    ses("5ca1f0e0a10"), auth=gauth("amazon.com"))

# 068 certmetrics benefit notice
add(L("certification", None, False, ["AWS11842006"]), "Certmetrics benefit notice with candidate ID (follows the voucher fix, but not case mail)",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "A new benefit is available in your AWS Certification account",
    "Tue, 08 Apr 2025 09:30:00 +0000",
    T("Hello Haruka,\n\nA new benefit has been added to your AWS Certification account (AWS11842006):\n"
      "50% discount on your next AWS Certification exam.\n\nSign in and open Benefits to view the code.\n\n"
      "AWS Certification\n", "utf-8", "7bit"),
    "<20250408093000.1120.certmetrics@certmetrics.com>", auth=gauth("certmetrics.com"))

# 069 JP newsletter ISO-2022-JP
add(L("unrelated"), "Japanese newsletter in ISO-2022-JP mentioning 'ケース' and 'クローズ' and asking readers to reply",
    addr("週刊クラウドノート", "news@cloudnote-weekly.jp"), ME_P, "【週刊クラウドノート】第219号 サポートケースの上手な閉じ方",
    "Thu, 10 Apr 2025 22:00:05 +0900",
    T("週刊クラウドノート 第219号\n\n■ 特集：サポートケースの上手な閉じ方\n"
      "返信しないまま放置すると、数日後に自動でクローズされることがあります。\n"
      "解決したら一言お礼を返しておくと、後で再オープンするときもスムーズです。\n\n"
      "記事の感想をぜひこのメールにご返信ください。\n", "iso2022_jp", "7bit"),
    "<20250410130005.88231@cloudnote-weekly.jp>", auth=gauth("cloudnote-weekly.jp"), hcs="iso2022_jp")

# 070 Pearson exam result (JP)
add(L("unrelated"), "Exam vendor score notification in Japanese (registration id, no case)",
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P, "試験結果のお知らせ - 登録ID 418273650",
    "Fri, 11 Apr 2025 00:30:00 +0000",
    T("辻 遥 様\n\n受験された試験の結果が確定しました。\n試験: SAP-C02\n登録ID: 418273650\n\n"
      "スコアレポートは AWS 認定アカウントからご確認ください。\n\nPearson VUE\n", "utf-8", "base64"),
    "<1744331400.418273650.result@pearsonvue.com>", auth=gauth("pearson.com"))

# 071 other vendor case resolved EN
add(L("unrelated"), "Other vendor's 'case resolved' mail with a case number and survey footer",
    addr("Atlassian Support", "support@atlassian.com"), ME_P, "[JST-881203] Your request has been resolved",
    "Mon, 14 Apr 2025 03:00:00 +0000",
    T("Hi Haruka,\n\nYour request JST-881203 \"Transfer Jira Cloud site ownership\" has been resolved.\n"
      "If the issue comes back, reply within 7 days to reopen it.\n\nHow did we do? Rate this request: https://support.atlassian.com/rate/JST-881203\n",
      "utf-8", "7bit"),
    "<jira.jst-881203.resolved@support.atlassian.com>", auth=gauth("atlassian.com"))

# 072 AWS billing JP
add(L("unrelated"), "Japanese AWS billing notice with 12-digit account id",
    addr("Amazon Web Services", CONSOLE), ME_P, "アマゾン ウェブ サービスの請求書が発行されました [アカウント: 482917305561]",
    "Tue, 15 Apr 2025 14:00:00 +0000",
    T("アマゾン ウェブ サービスをご利用いただきありがとうございます。\n\n"
      "アカウント 482917305561 の最新の請求書が発行されました。\n合計: USD 2.87\n\n"
      "詳細は AWS 請求コンソールの「請求書」ページでご確認いただけます。\n", "utf-8", "quoted-printable"),
    ses("5cf0aa10b21"), auth=gauth("amazon.com"))

# 073 Credly lookalike
add(L("suspicious"), "Credly lookalike domain asking to sign in to keep badges after the account merge",
    addr("Credly", "admin@credly-badges.net"), ME_P, "Action needed: re-verify your AWS badges after account merge",
    "Wed, 16 Apr 2025 08:45:00 +0000",
    T("Hi Haruka,\n\nYour AWS Certification accounts were merged recently. To keep your badges public, sign in and\n"
      "re-verify within 48 hours:\n\nhttps://credly-badges.net/verify\n\nCredly\n", "utf-8", "7bit"),
    "<20250416084500.4410@credly-badges.net>", auth=gauth("credly-badges.net"))

# 074 Credly badge (SAP)
add(L("badge"), "Credly badge for the newly passed exam; 'Accept' call to action",
    addr("Credly", "admin@credly.com"), ME_P,
    "Haruka, accept your AWS Certified Solutions Architect - Professional badge",
    "Fri, 18 Apr 2025 06:12:00 +0000",
    ALT(T("Congratulations!\n\nAmazon Web Services Training and Certification has issued you a new badge:\n"
          "AWS Certified Solutions Architect - Professional\n\nAccept it here: https://www.credly.com/earner/earned/badge/"
          "0c7e2d55-91aa-4b3c-b8f0-4d2e61c9a778\n", "utf-8", "7bit"),
        H("<p>Congratulations!</p><p>Amazon Web Services Training and Certification has issued you a new badge: "
          "<b>AWS Certified Solutions Architect - Professional</b></p><p><a href=\"https://www.credly.com/earner/earned/"
          "badge/0c7e2d55-91aa-4b3c-b8f0-4d2e61c9a778\">Accept badge</a></p>")),
    "<6801ed0a77c31_0c7e2d55@credly.com>", auth=gauth("credly.com"))

# 075 GitHub dependabot
add(L("unrelated"), "Dependabot PR notification; 'please review' wording",
    addr("dependabot[bot]", "notifications@github.com"), ME_P,
    "[htsuji/dotfiles] Bump actions/checkout from 3 to 4 (PR #81)", "Sun, 20 Apr 2025 02:00:00 +0000",
    T("Bumps actions/checkout from 3 to 4.\n\nPlease review and merge when ready.\n\n—\nReply to this email directly, "
      "view it on GitHub: https://github.com/htsuji/dotfiles/pull/81\n", "utf-8", "7bit"),
    "<htsuji/dotfiles/pull/81@github.com>", auth=gauth("github.com"))

# 076 certmetrics JP feedback invitation
add(L("certification"), "Japanese certmetrics feedback invitation ('ご協力いただけますでしょうか') - keigo ask that is not a reply request",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS 認定プログラムに関するご意見をお聞かせください",
    "Mon, 21 Apr 2025 07:00:00 +0000",
    H("<html><body><p>辻 遥 様</p><p>AWS 認定の今後の改善のため、受験体験についての簡単なアンケートに"
      "ご協力いただけますでしょうか。所要時間は5分ほどです。</p>"
      "<p><a href=\"https://www.certmetrics.com/amazon/survey/ja\">アンケートに回答する</a></p>"
      "<p>本メールは送信専用のため、ご返信いただいてもお答えできません。</p></body></html>", "utf-8", "base64"),
    "<20250421070000.2201.certmetrics@certmetrics.com>", auth=gauth("certmetrics.com"))


CASES_MD = f"""## Cases
| case | digits | channel | story |
|---|---|---|---|
| {CC} | 10 | AWS Support Center (console) | opened from the personal AWS account; agent asks in Support Center, auto-resolve warning, resolved with referral to T&C |
| {CA} | 15 | T&C form, personal address | ack -> APN partner hold (asks) -> answer from wrong (company) address -> 'write from address on file' -> reply -> hold (no ask) -> update -> Account #1/#2 confirmation -> closing notice -> reply bounces, resent -> merged -> surveys/badges; reopened in April by a reply without case number (voucher missing) -> update -> info request -> answer -> resolved |
| {CB} | 15 | T&C form, company address (duplicate submission) | Japanese ack -> bare-question info request -> closing notice -> person asks to close from personal address -> closed as duplicate |
| {CE} | 11 | T&C form, Japanese | third account from Partner Central SSO: ack -> candidate-ID request -> reply with IDs -> Account #1/#2 confirmation -> closing notice -> reply -> progress -> merged -> survey |
"""


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        stem = f"{i:03d}-msg"
        with open(os.path.join(HERE, stem + ".eml"), "wb") as fh:
            fh.write(build(m))
        with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append(f"| {stem} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | {lab['case'] or '-'} | "
                    f"{', '.join(lab['candidate_ids']) or '-'} | {m['note']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(f"me: {ME_P} {ME_C}\n\n")
        fh.write("# Blind held-out corpus (blind-100)\n\n")
        fh.write("Written only from DOMAIN.md, the seed write-ups and BLIND-CORPUS.md; the writer never saw the\n"
                 "classifier's rules or fixtures. Regenerate with `python3 gen.py` (standard library only).\n\n")
        fh.write("Mailbox owner: Haruka Tsuji (辻 遥). Personal address " + ME_P + ", old company address " + ME_C +
                 " (company mailbox closes 2025-02-28). Files are numbered in arrival order.\n\n")
        fh.write(CASES_MD + "\n")
        fh.write("Non-case numbers on purpose: AWS account id 482917305561 (12 digits), Pearson VUE registration id\n"
                 "418273650 (9), one-time codes 604118 / 771204 (6), Credly badge UUIDs, order numbers.\n\n")
        fh.write("## Messages\n| file | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |\n|---|---|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
    print(len(MESSAGES), "messages written")


if __name__ == "__main__":
    main()
